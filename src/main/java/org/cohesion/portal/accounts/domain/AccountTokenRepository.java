package org.cohesion.portal.accounts.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHash(String tokenHash);

	/** Uses up every outstanding link of the account (but {@code keep}, if any). */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.accountId = :accountId and t.usedAt is null"
			+ " and t.id <> :keep")
	int voidOutstanding(Long accountId, Long keep, Instant now);

}
