package org.cohesion.portal.casework.reintegration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReturnStepRepository extends JpaRepository<ReturnStep, Long> {

	Optional<ReturnStep> findByRef(String ref);

	boolean existsByCaseId(long caseId);

}
