package org.cohesion.portal.mail.internal;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboxRepository extends JpaRepository<OutboxEntry, Long> {

	List<OutboxEntry> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

}
