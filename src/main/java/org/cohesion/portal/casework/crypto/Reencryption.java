package org.cohesion.portal.casework.crypto;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation, re-encrypts with the new primary key every ciphertext an older
 * key wrote: the rows of each {@link EncryptedTable}, then the casework files, then the
 * canary. Runs in the background in batches; its progress is kept in
 * {@code mnr_reencryption} after each batch, so a stopped node resumes where it was. A
 * row is only rewritten if it still holds what was read (compare-and-set), so a user's
 * save meanwhile is never overwritten (that save already used the new key). Both keys
 * decrypt during the whole job; the old one may be dropped once it reports done.
 */
@Service
public class Reencryption {

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(Reencryption.class);

	/** The job's state as the key page shows it. */
	public record Job(long id, long targetKey, String state, String phase, long done, long total, String startedBy,
			Instant startedAt, Instant updatedAt, @Nullable Instant finishedAt, @Nullable String error) {

		public int percent() {
			return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
		}

		public boolean running() {
			return "RUNNING".equals(state);
		}

	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final FieldCipher cipher;

	private final CaseworkFiles files;

	private final KeyCanary canary;

	private final List<EncryptedTable> tables;

	private final Clock clock;

	private final AtomicBoolean running = new AtomicBoolean();

	private volatile boolean stopping;

	Reencryption(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			@Qualifier("caseworkTransactionManager") PlatformTransactionManager transactionManager, FieldCipher cipher,
			CaseworkFiles files, KeyCanary canary, List<EncryptedTable> tables, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.cipher = cipher;
		this.files = files;
		this.canary = canary;
		this.tables = List.copyOf(tables);
		this.clock = clock;
	}

	public @Nullable Job latest() {
		return jdbc.query("select * from mnr_reencryption order by id desc limit 1", (rs, row) -> {
			Timestamp finished = rs.getTimestamp("finished_at");
			return new Job(rs.getLong("id"), rs.getLong("target_key"), rs.getString("state"), rs.getString("phase"),
					rs.getLong("done"), rs.getLong("total"), rs.getString("started_by"),
					rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
					finished == null ? null : finished.toInstant(), rs.getString("error"));
		}).stream().findFirst().orElse(null);
	}

	/** Starts a job towards the current primary key, unless one is running. */
	public Job start(String startedBy) {
		Job current = latest();
		if (current != null && current.running()) {
			resume(current.id());
			return current;
		}
		Job job = create(startedBy);
		resume(job.id());
		return job;
	}

	/** Records a new job, without running it. */
	Job create(String startedBy) {
		long total = files.references().size() + 1;
		for (EncryptedTable table : tables) {
			Long count = jdbc.queryForObject("select count(*) from " + table.table(), Long.class);
			total += count == null ? 0 : count;
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.update(
				"insert into mnr_reencryption (target_key, state, phase, last_id, done, total, started_by,"
						+ " started_at, updated_at) values (?, 'RUNNING', ?, 0, 0, ?, ?, ?, ?)",
				Integer.toUnsignedLong(cipher.primaryKeyId()), phases().get(0), total, startedBy, now, now);
		return latest();
	}

	/** A node that stopped in the middle of a job goes on with it. */
	@EventListener(ApplicationReadyEvent.class)
	void resumeInterrupted() {
		Job job = latest();
		if (job != null && job.running()) {
			log.info("Casework re-encryption job {} resumes at {}", job.id(), job.phase());
			resume(job.id());
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		stopping = true;
	}

	private void resume(long id) {
		if (!running.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				runToEnd(id);
			}
			catch (RuntimeException ex) {
				log.error("Casework re-encryption job {} failed: {}", id, ex.getClass().getSimpleName());
				jdbc.update("update mnr_reencryption set state = 'FAILED', error = ?, updated_at = ? where id = ?",
						ex.getClass().getSimpleName(), Timestamp.from(clock.instant()), id);
			}
			finally {
				running.set(false);
			}
		}, "casework-reencryption");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Runs the job to its end in the calling thread (the background thread, or a test).
	 */
	public void runToEnd(long id) {
		while (!stopping && step(id)) {
			// one batch or one phase per step, progress saved after each
		}
	}

	/** One batch of rows, or the files, or the canary; false when the job is over. */
	boolean step(long id) {
		List<String> phases = phases();
		Map<String, Object> job = jdbc.queryForMap("select phase, last_id, state from mnr_reencryption where id = ?",
				id);
		if (!"RUNNING".equals(job.get("state"))) {
			return false;
		}
		String phase = (String) job.get("phase");
		long lastId = ((Number) job.get("last_id")).longValue();
		if (phase.startsWith("table:")) {
			EncryptedTable table = tables.stream()
				.filter(t -> t.table().equals(phase.substring(6)))
				.findFirst()
				.orElseThrow();
			Long[] progress = transactions.execute(status -> batch(table, lastId));
			if (progress[1] == 0) {
				next(id, phases, phase);
			}
			else {
				jdbc.update("update mnr_reencryption set last_id = ?, done = done + ?, updated_at = ? where id = ?",
						progress[0], progress[1], Timestamp.from(clock.instant()), id);
			}
			return true;
		}
		if ("files".equals(phase)) {
			// idempotent: a file already under the primary key is left as it is
			for (String reference : files.references()) {
				if (stopping) {
					return false;
				}
				files.reencrypt(reference);
				jdbc.update("update mnr_reencryption set done = done + 1, updated_at = ? where id = ?",
						Timestamp.from(clock.instant()), id);
			}
			next(id, phases, phase);
			return true;
		}
		if ("canary".equals(phase)) {
			canary.reencrypt();
			Timestamp now = Timestamp.from(clock.instant());
			jdbc.update("update mnr_reencryption set state = 'DONE', phase = 'done', done = total, updated_at = ?,"
					+ " finished_at = ? where id = ?", now, now, id);
			log.info("Casework re-encryption job {} done", id);
		}
		return false;
	}

	private void next(long id, List<String> phases, String phase) {
		String following = phases.get(phases.indexOf(phase) + 1);
		jdbc.update("update mnr_reencryption set phase = ?, last_id = 0, updated_at = ? where id = ?", following,
				Timestamp.from(clock.instant()), id);
	}

	private List<String> phases() {
		List<String> phases = new ArrayList<>();
		tables.forEach(table -> phases.add("table:" + table.table()));
		phases.add("files");
		phases.add("canary");
		return phases;
	}

	/** One batch of rows after {@code lastId}: {last id seen, rows seen}. */
	private Long[] batch(EncryptedTable table, long lastId) {
		String select = "select id, " + table.refColumn() + ", " + String.join(", ", table.columns()) + " from "
				+ table.table() + " where id > ? order by id limit " + BATCH;
		List<Object[]> rows = jdbc.query(select, (rs, row) -> {
			Object[] values = new Object[2 + table.columns().size()];
			values[0] = rs.getLong(1);
			values[1] = rs.getString(2);
			for (int i = 0; i < table.columns().size(); i++) {
				values[2 + i] = rs.getBytes(3 + i);
			}
			return values;
		}, lastId);
		long last = lastId;
		for (Object[] row : rows) {
			last = (long) row[0];
			String ref = (String) row[1];
			List<String> sets = new ArrayList<>();
			List<Object> newValues = new ArrayList<>();
			List<String> guards = new ArrayList<>();
			List<Object> oldValues = new ArrayList<>();
			for (int i = 0; i < table.columns().size(); i++) {
				byte[] stored = (byte[]) row[2 + i];
				if (stored != null && cipher.needsReencryption(stored)) {
					String column = table.columns().get(i);
					sets.add(column + " = ?");
					newValues.add(cipher.reencrypt(stored, new FieldBinding(table.table(), column, ref)));
					guards.add(column + " = ?");
					oldValues.add(stored);
				}
			}
			if (!sets.isEmpty()) {
				List<Object> arguments = new ArrayList<>(newValues);
				arguments.add(last);
				arguments.addAll(oldValues);
				jdbc.update("update " + table.table() + " set " + String.join(", ", sets) + " where id = ? and "
						+ String.join(" and ", guards), arguments.toArray());
			}
		}
		return new Long[] { last, (long) rows.size() };
	}

}
