package org.cohesion.portal.newsletter.web;

import java.time.Instant;
import java.util.Set;

import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.EditionStatus;
import org.cohesion.portal.newsletter.internal.EditionRenderer;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public archive of sent editions. */
@Controller
class ArchiveController {

	private final EditionRepository editions;

	private final EditionRenderer renderer;

	ArchiveController(EditionRepository editions, EditionRenderer renderer) {
		this.editions = editions;
		this.renderer = renderer;
	}

	@GetMapping("/newsletter/numeros")
	@Transactional(readOnly = true)
	String archive(Model model) {
		model.addAttribute("editions",
				editions.findArchive()
					.stream()
					.map(e -> new ArchiveEntry(e.getSlug(), e.getTitle(), e.getNumber(), sentAt(e)))
					.toList());
		return "newsletter/archive";
	}

	@GetMapping("/newsletter/numeros/{slug}")
	@Transactional(readOnly = true)
	String edition(@PathVariable String slug, Model model) {
		Edition edition = editions.findBySlugAndStatus(slug, EditionStatus.SENT)
			.orElseThrow(() -> new NotFoundException("edition " + slug));
		model.addAttribute("letter", renderer.letter(edition, Set.of(), sentAt(edition)));
		return "newsletter/edition";
	}

	private static Instant sentAt(Edition edition) {
		return edition.getStartedAt() != null ? edition.getStartedAt() : edition.getCreatedAt();
	}

}
