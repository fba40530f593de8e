package org.cohesion.portal.casework.casefile;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

	Optional<CaseFile> findByCode(String code);

	Optional<CaseFile> findByScreeningRef(String screeningRef);

}
