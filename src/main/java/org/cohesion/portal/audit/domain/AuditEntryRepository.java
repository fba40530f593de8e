package org.cohesion.portal.audit.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

	Optional<AuditEntry> findTopByOrderBySequenceDesc();

	@Query("select distinct e.action from AuditEntry e order by e.action")
	List<String> findDistinctActions();

	@Query("select e from AuditEntry e order by e.sequence asc")
	Stream<AuditEntry> streamAllInOrder();

}
