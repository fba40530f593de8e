package org.cohesion.portal.casework.referral;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	Optional<Referral> findByRef(String ref);

	List<Referral> findByCaseIdOrderBySentAtDesc(long caseId);

}
