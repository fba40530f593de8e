package org.cohesion.portal.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

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

	/** The first entry chained with the audit key (null until the key's first start). */
	private @Nullable Long keyedFrom;

	protected AuditHead() {
	}

	public long getLastSequence() {
		return lastSequence;
	}

	public String getLastHash() {
		return lastHash;
	}

	public @Nullable Long getKeyedFrom() {
		return keyedFrom;
	}

	public void keyFrom(long sequence) {
		if (keyedFrom == null) {
			keyedFrom = sequence;
		}
	}

	public void advance(AuditEntry entry) {
		this.lastSequence = entry.getSequence();
		this.lastHash = entry.getHash();
	}

}
