package org.cohesion.portal.casework.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	Optional<Organisation> findByCode(String code);

	List<Organisation> findAllByOrderByKindAscNameAsc();

	List<Organisation> findByActiveTrueOrderByKindAscNameAsc();

}
