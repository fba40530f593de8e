package org.cohesion.portal.accounts.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	boolean existsByCreatedInDemoFalse();

	Optional<UserAccount> findByEmail(String email);

	List<UserAccount> findAllByOrderByDisplayNameAsc();

	long countByRoleAndEnabledTrue(org.cohesion.portal.accounts.EditorialRole role);

}
