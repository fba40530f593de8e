package org.cohesion.portal.casework.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderServiceRepository extends JpaRepository<ProviderService, Long> {

	Optional<ProviderService> findByRef(String ref);

	List<ProviderService> findByOrganisationIdOrderByServiceType(long organisationId);

}
