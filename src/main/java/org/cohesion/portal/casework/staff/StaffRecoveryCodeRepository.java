package org.cohesion.portal.casework.staff;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StaffRecoveryCodeRepository extends JpaRepository<StaffRecoveryCode, Long> {

	List<StaffRecoveryCode> findByUserIdAndUsedAtIsNull(long userId);

	@Modifying
	@Query("delete from StaffRecoveryCode c where c.userId = :userId")
	void deleteByUser(long userId);

}
