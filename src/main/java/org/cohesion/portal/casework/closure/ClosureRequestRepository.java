package org.cohesion.portal.casework.closure;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureRequestRepository extends JpaRepository<ClosureRequest, Long> {

	Optional<ClosureRequest> findByRef(String ref);

	Optional<ClosureRequest> findFirstByCaseIdAndStatus(long caseId, ClosureStatus status);

}
