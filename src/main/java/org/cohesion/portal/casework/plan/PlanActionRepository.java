package org.cohesion.portal.casework.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

	Optional<PlanAction> findByRef(String ref);

	List<PlanAction> findByCaseIdOrderByPlannedEndAsc(long caseId);

}
