package org.cohesion.portal.casework.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	Optional<FollowUp> findByRef(String ref);

	List<FollowUp> findByCaseIdOrderByDueOnAsc(long caseId);

}
