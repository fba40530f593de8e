package org.cohesion.portal.newsletter.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery rows, in plain SQL: an edition to 100,000 addresses is queued with one
 * INSERT … SELECT and sent in batches claimed by one UPDATE each. Portable between H2 and
 * PostgreSQL. Callers hold the transaction.
 */
@Component
public class Deliveries {

	/** One message to send: the row and what the sender needs to build it. */
	public record Claimed(long id, long subscriberId, String email, String interests, int attempts, String claimedBy) {
	}

	/** How many deliveries of an edition are in each state. */
	public record Figures(long queued, long sending, long sent, long failed, long bounced, long uncertain,
			long retrying) {

		public long total() {
			return queued + sending + sent + failed + bounced + uncertain;
		}

		public long done() {
			return sent + failed + bounced + uncertain;
		}

	}

	private final JdbcTemplate jdbc;

	Deliveries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One QUEUED row per active subscriber; returns how many. */
	public int queue(long editionId, Instant now) {
		return jdbc.update("insert into newsletter_delivery (edition_id, subscriber_id, email, interests, status, "
				+ "attempts, next_attempt_at) select ?, id, email, interests, 'QUEUED', 0, ? "
				+ "from newsletter_subscriber where status = 'ACTIVE'", editionId, ts(now));
	}

	/**
	 * What a previous pass of a sender left in SENDING when it stopped (called by the
	 * lease holder before it claims anything, so no lane of its own is running; a node
	 * that lost the lease and is still mid-message sees its next record refused). Each
	 * SMTP connection (lane, {@code claimed_by = '<run>/<lane>'}) hands its rows in id
	 * order and records each answer before handing the next: its lowest SENDING row may
	 * have been handed over (it is never sent again automatically), the rows after it
	 * never were (they go back to the queue). Rows claimed by an older version
	 * ({@code claimed_by} without a lane) were claimed a batch at a time: all are in
	 * doubt.
	 * @return how many were marked uncertain
	 */
	public int recoverInterrupted(long editionId) {
		int uncertain = jdbc.update("update newsletter_delivery set status = 'UNCERTAIN', last_error = "
				+ "'envoi interrompu : remis ou non au serveur SMTP' where edition_id = ? and status = 'SENDING' "
				+ "and (claimed_by is null or claimed_by not like '%/%' or id in (select min(id) from "
				+ "newsletter_delivery where edition_id = ? and status = 'SENDING' and claimed_by like '%/%' "
				+ "group by claimed_by))", editionId, editionId);
		jdbc.update("update newsletter_delivery set status = 'QUEUED', claimed_by = null where edition_id = ? and "
				+ "status = 'SENDING'", editionId);
		return uncertain;
	}

	/**
	 * Claims up to {@code limit} due rows for this run (the caller holds the lease),
	 * shared into at most {@code lanes} runs of consecutive ids, one per SMTP connection,
	 * each claimed as {@code '<run>/<lane>'}.
	 */
	public List<List<Claimed>> claim(long editionId, String run, Instant now, int limit, int lanes) {
		List<Long> ids = jdbc.queryForList(
				"select id from newsletter_delivery where edition_id = ? and status = "
						+ "'QUEUED' and next_attempt_at <= ? order by id limit ?",
				Long.class, editionId, ts(now), limit);
		if (ids.isEmpty()) {
			return List.of();
		}
		int count = Math.max(1, Math.min(lanes, ids.size()));
		int share = (ids.size() + count - 1) / count;
		List<List<Claimed>> claimed = new ArrayList<>();
		for (int from = 0, lane = 0; from < ids.size(); from += share, lane++) {
			List<Long> part = ids.subList(from, Math.min(ids.size(), from + share));
			String in = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
			List<Object> args = new ArrayList<>();
			args.add(run + "/" + lane);
			args.addAll(part);
			jdbc.update("update newsletter_delivery set status = 'SENDING', claimed_by = ? where status = 'QUEUED' "
					+ "and id in (" + in + ")", args.toArray());
			claimed.add(jdbc.query(
					"select id, subscriber_id, email, interests, attempts, claimed_by from newsletter_delivery where "
							+ "claimed_by = ? and status = 'SENDING' and id in (" + in + ") order by id",
					(rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
							rs.getString(6)),
					args.toArray()));
		}
		return claimed;
	}

	/**
	 * The relay accepted it (called for each message as the relay answers, outside any
	 * transaction: the statement commits by itself). False if the row is no longer this
	 * lane's: another node took the edition over, so this one must stop.
	 */
	public boolean sent(Claimed delivery, Instant now) {
		return jdbc.update(
				"update newsletter_delivery set status = 'SENT', sent_at = ?, last_error = null where id = ? "
						+ "and status = 'SENDING' and claimed_by = ?",
				ts(now), delivery.id(), delivery.claimedBy()) == 1;
	}

	public boolean retryLater(Claimed delivery, int attempts, Instant next, String error) {
		return jdbc.update(
				"update newsletter_delivery set status = 'QUEUED', attempts = ?, next_attempt_at = ?, "
						+ "claimed_by = null, last_error = ? where id = ? and status = 'SENDING' and claimed_by = ?",
				attempts, ts(next), cut(error), delivery.id(), delivery.claimedBy()) == 1;
	}

	public boolean failed(Claimed delivery, int attempts, String error) {
		return jdbc.update(
				"update newsletter_delivery set status = 'FAILED', attempts = ?, last_error = ? where id = ? "
						+ "and status = 'SENDING' and claimed_by = ?",
				attempts, cut(error), delivery.id(), delivery.claimedBy()) == 1;
	}

	/** The relay did not answer about it: it may have been delivered. */
	public boolean unanswered(Claimed delivery, String error) {
		return jdbc.update(
				"update newsletter_delivery set status = 'UNCERTAIN', last_error = ? where id = ? "
						+ "and status = 'SENDING' and claimed_by = ?",
				cut("sans réponse du serveur SMTP : " + error), delivery.id(), delivery.claimedBy()) == 1;
	}

	/**
	 * Gives back claimed rows that were never handed over (the relay is out of reach, the
	 * sender stops or lost its lease): untouched, their attempts not counted.
	 */
	public void release(List<Claimed> rows) {
		jdbc.batchUpdate(
				"update newsletter_delivery set status = 'QUEUED', claimed_by = null where id = ? and "
						+ "status = 'SENDING' and claimed_by = ?",
				rows.stream().map(row -> new Object[] { row.id(), row.claimedBy() }).toList());
	}

	/**
	 * A bounce reported after the fact by the provider, for the latest delivery to this
	 * address.
	 */
	public void bounced(long subscriberId, String detail) {
		jdbc.update(
				"update newsletter_delivery set status = 'BOUNCED', last_error = ? where id = (select max(id) "
						+ "from newsletter_delivery where subscriber_id = ? and status = 'SENT')",
				cut(detail), subscriberId);
	}

	/**
	 * Sends the uncertain or the failed ones again, at an editor's explicit request
	 * ({@code status} is UNCERTAIN or FAILED); the attempts start again from zero.
	 */
	public int requeue(long editionId, String status, Instant now) {
		if (!"UNCERTAIN".equals(status) && !"FAILED".equals(status)) {
			throw new IllegalArgumentException(status);
		}
		return jdbc.update("update newsletter_delivery set status = 'QUEUED', claimed_by = null, attempts = 0, "
				+ "next_attempt_at = ? where edition_id = ? and status = ?", ts(now), editionId, status);
	}

	public long unfinished(long editionId) {
		Long count = jdbc.queryForObject("select count(*) from newsletter_delivery where edition_id = ? and status "
				+ "in ('QUEUED', 'SENDING')", Long.class, editionId);
		return count == null ? 0 : count;
	}

	public Figures figures(long editionId) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query("select status, count(*) from newsletter_delivery where edition_id = ? group by status", rs -> {
			counts.put(rs.getString(1), rs.getLong(2));
		}, editionId);
		Long retrying = jdbc.queryForObject("select count(*) from newsletter_delivery where edition_id = ? and "
				+ "status = 'QUEUED' and attempts > 0", Long.class, editionId);
		return new Figures(counts.getOrDefault("QUEUED", 0L), counts.getOrDefault("SENDING", 0L),
				counts.getOrDefault("SENT", 0L), counts.getOrDefault("FAILED", 0L), counts.getOrDefault("BOUNCED", 0L),
				counts.getOrDefault("UNCERTAIN", 0L), retrying == null ? 0 : retrying);
	}

	/** The latest failures of an edition, for the back office. */
	public List<String[]> latestErrors(long editionId, int limit) {
		return jdbc.query(
				"select email, status, last_error from newsletter_delivery where edition_id = ? and "
						+ "status in ('FAILED', 'BOUNCED', 'UNCERTAIN') order by id desc limit ?",
				(rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }, editionId, limit);
	}

	/**
	 * A permanent refusal: counts a hard bounce and suppresses the address at the limit.
	 */
	public void hardBounce(long subscriberId, int limit, String reason, Instant now) {
		jdbc.update("update newsletter_subscriber set hard_bounces = hard_bounces + 1, version = version + 1 "
				+ "where id = ?", subscriberId);
		jdbc.update(
				"update newsletter_subscriber set status = 'SUPPRESSED', suppressed_at = ?, suppressed_reason = ?, "
						+ "version = version + 1 where id = ? and hard_bounces >= ? and status <> 'SUPPRESSED'",
				ts(now), cut("rejets définitifs répétés : " + reason, 200), subscriberId, limit);
	}

	static OffsetDateTime ts(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable String cut(@Nullable String text) {
		return cut(text, 500);
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

}
