package org.cohesion.portal.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail. Never updated, never deleted by the application. Its hash
 * covers its own fields and the previous entry's hash: an HMAC with the audit key for
 * entries written since the chain was keyed, a plain SHA-256 for those before (sealed by
 * the keyed entry that follows them).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

	static final String GENESIS = "0".repeat(64);

	@Id
	private Long sequence;

	@Column(nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 254)
	private String actor;

	@Column(length = 64)
	private @Nullable String ip;

	@Column(nullable = false, length = 64)
	private String action;

	@Column(nullable = false, length = 64)
	private String targetType;

	@Column(length = 64)
	private @Nullable String targetId;

	@Column(nullable = false, length = 1000)
	private String summary;

	@Column(length = 200_000)
	private @Nullable String beforeState;

	@Column(length = 200_000)
	private @Nullable String afterState;

	@Column(nullable = false, length = 64)
	private String previousHash;

	@Column(nullable = false, length = 64)
	private String hash;

	protected AuditEntry() {
	}

	public AuditEntry(long sequence, Instant occurredAt, String actor, @Nullable String ip, String action,
			String targetType, @Nullable String targetId, String summary, @Nullable String beforeState,
			@Nullable String afterState, String previousHash) {
		this(sequence, occurredAt, actor, ip, action, targetType, targetId, summary, beforeState, afterState,
				previousHash, null);
	}

	/** An entry whose hash is the given keyed function of its canonical form. */
	public AuditEntry(long sequence, Instant occurredAt, String actor, @Nullable String ip, String action,
			String targetType, @Nullable String targetId, String summary, @Nullable String beforeState,
			@Nullable String afterState, String previousHash, java.util.function.@Nullable UnaryOperator<String> mac) {
		this.sequence = sequence;
		// The databases keep microseconds: hash what will be read back.
		this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		this.actor = truncate(actor, 254);
		this.ip = ip;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.summary = truncate(summary, 1000);
		this.beforeState = beforeState;
		this.afterState = afterState;
		this.previousHash = previousHash;
		this.hash = mac == null ? computeHash() : mac.apply(canonical());
	}

	/**
	 * SHA-256 over every field and the previous hash, each field length-prefixed so that
	 * none can bleed into the next.
	 */
	public String computeHash() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Every field and the previous hash, each length-prefixed. */
	public String canonical() {
		StringBuilder canonical = new StringBuilder();
		for (Object field : new Object[] { sequence, occurredAt, actor, ip, action, targetType, targetId, summary,
				beforeState, afterState, previousHash }) {
			String text = field == null ? "\u0000" : field.toString();
			canonical.append(text.length()).append(':').append(text).append('|');
		}
		return canonical.toString();
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	public static String genesis() {
		return GENESIS;
	}

	public Long getSequence() {
		return sequence;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public @Nullable String getIp() {
		return ip;
	}

	public String getAction() {
		return action;
	}

	public String getTargetType() {
		return targetType;
	}

	public @Nullable String getTargetId() {
		return targetId;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable String getBeforeState() {
		return beforeState;
	}

	public @Nullable String getAfterState() {
		return afterState;
	}

	public String getPreviousHash() {
		return previousHash;
	}

	public String getHash() {
		return hash;
	}

}
