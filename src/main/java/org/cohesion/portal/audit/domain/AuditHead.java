package org.cohesion.portal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that every append locks: entries are chained one after the other even
 * when several nodes write at once.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead {

	@Id
	private Integer id;

	@Column(nullable = false)
	private long lastSequence;

	@Column(nullable = false, length = 64)
	private String lastHash;

	protected AuditHead() {
	}

	public long getLastSequence() {
		return lastSequence;
	}

	public String getLastHash() {
		return lastHash;
	}

	public void advance(AuditEntry entry) {
		this.lastSequence = entry.getSequence();
		this.lastHash = entry.getHash();
	}

}
