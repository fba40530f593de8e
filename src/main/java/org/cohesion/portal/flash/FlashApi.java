package org.cohesion.portal.flash;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

/** What other modules may ask of the flash infos. */
public interface FlashApi {

	/** The items the ticker shows now, in their display order. */
	List<FlashItemView> current();

	/** Every item published so far, newest first (zero-based page index). */
	Page<FlashItemView> archive(int pageIndex, int size);

	/**
	 * {@link #current()} as readers of {@code language} see it: translated where it is.
	 */
	List<FlashItemView> current(String language);

	/** {@link #archive(int, int)} as readers of {@code language} see it. */
	Page<FlashItemView> archive(int pageIndex, int size, String language);

	/**
	 * The next time after {@code now} an item enters or leaves the ticker by its dates
	 * alone, if any.
	 */
	Optional<Instant> nextChangeAfter(Instant now);

}
