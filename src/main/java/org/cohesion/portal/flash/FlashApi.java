package org.cohesion.portal.flash;

import java.util.List;

import org.springframework.data.domain.Page;

/** What other modules may ask of the flash infos. */
public interface FlashApi {

	/** The items the ticker shows now, in their display order. */
	List<FlashItemView> current();

	/** Every item published so far, newest first (zero-based page index). */
	Page<FlashItemView> archive(int pageIndex, int size);

}
