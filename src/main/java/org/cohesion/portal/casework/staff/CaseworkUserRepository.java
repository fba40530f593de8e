package org.cohesion.portal.casework.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseworkUserRepository extends JpaRepository<CaseworkUser, Long> {

	Optional<CaseworkUser> findByUsername(String username);

	List<CaseworkUser> findAllByOrderByDisplayNameAsc();

	List<CaseworkUser> findByOrganisationIdAndRoleAndEnabledTrue(long organisationId, CaseworkRole role);

}
