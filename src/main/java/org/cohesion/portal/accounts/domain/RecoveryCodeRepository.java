package org.cohesion.portal.accounts.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

	List<RecoveryCode> findByAccountIdAndUsedAtIsNull(Long accountId);

	long countByAccountIdAndUsedAtIsNull(Long accountId);

	@Modifying
	@Query("delete from RecoveryCode r where r.accountId = :accountId")
	void deleteForAccount(Long accountId);

}
