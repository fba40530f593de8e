package org.cohesion.portal.search;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where the last rebuild of the search index stands.
 *
 * @param state {@code IDLE} (none since start-up), {@code RUNNING}, {@code DONE},
 * {@code FAILED}
 * @param total how many items there are to index (known shortly after the start)
 * @param indexed how many are indexed so far
 */
public record RebuildProgress(State state, long total, long indexed, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	public enum State {

		IDLE, RUNNING, DONE, FAILED

	}

	public int percent() {
		if (state == State.DONE) {
			return 100;
		}
		return total <= 0 ? 0 : (int) Math.min(100, indexed * 100 / total);
	}

	public boolean running() {
		return state == State.RUNNING;
	}

}
