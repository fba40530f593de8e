package org.cohesion.portal.casework.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The in-app notifications of a casework user (no mail: nothing of the casework leaves
 * its network). A notification names a record by its code and a user by their sign-in
 * name, never a person.
 */
@Service
public class Notifications {

	/** What happened; the French text is {@code mnr.notification.<name>}. */
	public enum Kind {

		BREAK_GLASS,

		/**
		 * A search for duplicates found this record, out of the searching user's scope:
		 * its supervisors check whether it is the same person.
		 */
		POSSIBLE_DUPLICATE,

		/** A referral was addressed to the recipient's organisation. */
		REFERRAL_RECEIVED,

		/** A case of the recipient's cell was referred without consent (override). */
		REFERRAL_OVERRIDE,

		/** A provider answered a referral the recipient sent. */
		REFERRAL_ANSWERED,

		/**
		 * A case is offered to the recipient (or their cell): only its code until they
		 * accept.
		 */
		TRANSFER_REQUESTED,

		/** The receiver answered a transfer the recipient asked for. */
		TRANSFER_ANSWERED,

		/** A follow-up the recipient owns has passed its due date (sent once). */
		FOLLOWUP_OVERDUE,

		/** The closure of a case of the recipient's cell awaits their decision. */
		CLOSURE_REQUESTED,

		/** A supervisor decided on a closure the recipient asked for. */
		CLOSURE_ANSWERED

	}

	/** One notification as listed. */
	public record Notification(long id, Kind kind, String recordRef, String actor, Instant createdAt,
			@Nullable Instant readAt) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Notifications(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@CaseworkTransactional
	public void notify(long recipientId, Kind kind, String recordRef, String actor) {
		jdbc.update(
				"insert into mnr_notification (recipient_id, kind, record_ref, actor, created_at) values (?, ?, ?, ?, ?)",
				recipientId, kind.name(), recordRef, actor, Timestamp.from(clock.instant()));
	}

	@CaseworkTransactional(readOnly = true)
	public List<Notification> of(long recipientId) {
		return jdbc.query("select * from mnr_notification where recipient_id = ? order by created_at desc limit 100",
				(rs, row) -> {
					Timestamp read = rs.getTimestamp("read_at");
					return new Notification(rs.getLong("id"), Kind.valueOf(rs.getString("kind")),
							rs.getString("record_ref"), rs.getString("actor"),
							rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
				}, recipientId);
	}

	@CaseworkTransactional(readOnly = true)
	public int unread(long recipientId) {
		Integer count = jdbc.queryForObject(
				"select count(*) from mnr_notification where recipient_id = ? and read_at is null", Integer.class,
				recipientId);
		return count == null ? 0 : count;
	}

	@CaseworkTransactional
	public void markAllRead(long recipientId) {
		jdbc.update("update mnr_notification set read_at = ? where recipient_id = ? and read_at is null",
				Timestamp.from(clock.instant()), recipientId);
	}

}
