package org.cohesion.portal.casework.transfer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTransferRepository extends JpaRepository<CaseTransfer, Long> {

	Optional<CaseTransfer> findByRef(String ref);

	boolean existsByCaseIdAndStatus(long caseId, TransferStatus status);

	List<CaseTransfer> findByCaseIdAndStatus(long caseId, TransferStatus status);

}
