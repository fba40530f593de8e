package org.cohesion.portal.casework.access;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Break-the-glass: a case worker or supervisor opens one record outside their scope, for
 * {@link #DURATION}, with a written reason, after proving their identity again (the web
 * layer checks that proof). The access is audited with its reason, the supervisors of the
 * record's organisation are notified, and it stays on their review list until one of them
 * has reviewed it.
 */
@Service
public class BreakGlass {

	public static final Duration DURATION = Duration.ofHours(3);

	/** A reason says why, in a sentence: a word or two is not one. */
	public static final int MINIMUM_REASON = 15;

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final Clock clock;

	BreakGlass(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, FieldCipher cipher, CaseworkAudit audit,
			Notifications notifications, Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.audit = audit;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Opens the record for this user.
	 * @throws IllegalArgumentException when the reason is too short
	 * @throws SecurityException when the role may not break the glass
	 */
	@CaseworkTransactional
	public BreakGlassGrant open(Caseworker who, @Nullable String ip, String recordType, RecordScope scope,
			String reason) {
		if (!who.may(CaseworkPermission.BREAK_GLASS)) {
			throw new SecurityException("role may not break the glass");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.length() < MINIMUM_REASON) {
			throw new IllegalArgumentException("reason too short");
		}
		Instant now = clock.instant();
		Instant until = now.plus(DURATION);
		String ref = UUID.randomUUID().toString().replace("-", "");
		jdbc.update(
				"insert into mnr_break_glass (ref, user_id, username, user_org, record_type, record_ref,"
						+ " record_org_id, reason, granted_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				ref, who.userId(), who.username(), who.organisationCode(), recordType, scope.recordRef(),
				scope.organisationId(), cipher.encryptBytes(why.getBytes(StandardCharsets.UTF_8), reasonBinding(ref)),
				Timestamp.from(now), Timestamp.from(until));
		audit.record(who, ip, new AuditEvent(AuditAction.BREAK_GLASS, recordType, scope.recordRef(),
				"accès exceptionnel de 3 h", ref));
		List<Long> supervisors = jdbc.queryForList(
				"select id from mnr_user where organisation_id = ? and role = 'SUPERVISEUR' and enabled = true and id <> ?",
				Long.class, scope.organisationId(), who.userId());
		for (long supervisor : supervisors) {
			notifications.notify(supervisor, Notifications.Kind.BREAK_GLASS, scope.recordRef(), who.username());
		}
		return active(who.userId(), scope.recordRef(), now).orElseThrow();
	}

	/** The user's access to this record that has not expired yet, if any. */
	@CaseworkTransactional(readOnly = true)
	public Optional<BreakGlassGrant> active(long userId, String recordRef, Instant now) {
		return jdbc
			.query("select * from mnr_break_glass where user_id = ? and record_ref = ? and expires_at > ?"
					+ " order by expires_at desc", (rs, row) -> grant(rs), userId, recordRef, Timestamp.from(now))
			.stream()
			.findFirst();
	}

	/**
	 * Accesses to the records of the reviewer's organisation not reviewed yet (never the
	 * reviewer's own: nobody reviews themselves).
	 */
	@CaseworkTransactional(readOnly = true)
	public List<BreakGlassGrant> toReview(Caseworker reviewer) {
		if (!reviewer.may(CaseworkPermission.BREAK_GLASS_REVIEW)) {
			return List.of();
		}
		return jdbc
			.query("select * from mnr_break_glass where record_org_id = ? and reviewed_at is null and user_id <> ?"
					+ " order by granted_at", (rs, row) -> grant(rs), reviewer.organisationId(), reviewer.userId());
	}

	/**
	 * Marks one access reviewed, with the reviewer's note; false if not theirs to review.
	 */
	@CaseworkTransactional
	public boolean review(Caseworker reviewer, @Nullable String ip, long id, @Nullable String note) {
		if (!reviewer.may(CaseworkPermission.BREAK_GLASS_REVIEW)) {
			return false;
		}
		String text = note == null ? "" : note.strip();
		if (text.length() > 500) {
			text = text.substring(0, 500);
		}
		List<String> records = jdbc.queryForList(
				"select record_ref from mnr_break_glass where id = ? and record_org_id = ? and reviewed_at is null"
						+ " and user_id <> ?",
				String.class, id, reviewer.organisationId(), reviewer.userId());
		if (records.isEmpty()) {
			return false;
		}
		jdbc.update("update mnr_break_glass set reviewed_at = ?, reviewed_by = ?, review_note = ? where id = ?",
				Timestamp.from(clock.instant()), reviewer.username(), text, id);
		audit.record(reviewer, ip, AuditEvent.of(AuditAction.BREAK_GLASS_REVIEW, "break-glass", records.get(0),
				"accès exceptionnel n° " + id + " revu"));
		return true;
	}

	private BreakGlassGrant grant(ResultSet rs) throws SQLException {
		Timestamp reviewed = rs.getTimestamp("reviewed_at");
		String reason;
		try {
			reason = new String(cipher.decryptBytes(rs.getBytes("reason"), reasonBinding(rs.getString("ref"))),
					StandardCharsets.UTF_8);
		}
		catch (FieldCipher.UndecryptableException ex) {
			reason = "?";
		}
		return new BreakGlassGrant(rs.getLong("id"), rs.getString("ref"), rs.getLong("user_id"),
				rs.getString("username"), rs.getString("user_org"), rs.getString("record_ref"),
				rs.getLong("record_org_id"), reason, rs.getTimestamp("granted_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant(), reviewed == null ? null : reviewed.toInstant(),
				rs.getString("reviewed_by"), rs.getString("review_note"));
	}

	static FieldBinding reasonBinding(String ref) {
		return new FieldBinding("mnr_break_glass", "reason", ref);
	}

}
