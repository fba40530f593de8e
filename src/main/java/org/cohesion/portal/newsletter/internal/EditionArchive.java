package org.cohesion.portal.newsletter.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public archive: every edition whose sending has finished once (it stays there while
 * an editor sends some of its deliveries again).
 */
@Service
public class EditionArchive {

	/** An archived edition in the list. */
	public record Entry(String slug, String title, int number, Instant sentAt) {
	}

	private final EditionRepository editions;

	private final EditionRenderer renderer;

	EditionArchive(EditionRepository editions, EditionRenderer renderer) {
		this.editions = editions;
		this.renderer = renderer;
	}

	@Transactional(readOnly = true)
	public List<Entry> list() {
		return editions.findArchive()
			.stream()
			.filter(e -> e.getSlug() != null && e.getNumber() != null)
			.map(e -> new Entry(e.getSlug(), e.getTitle(), e.getNumber(), sentAt(e)))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Letter> letter(String slug) {
		return editions.findArchived(slug).map(edition -> renderer.letter(edition, Set.of(), sentAt(edition)));
	}

	private static Instant sentAt(Edition edition) {
		return edition.getStartedAt() != null ? edition.getStartedAt() : edition.getCreatedAt();
	}

}
