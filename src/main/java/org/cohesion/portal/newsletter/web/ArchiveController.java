package org.cohesion.portal.newsletter.web;

import org.cohesion.portal.newsletter.internal.EditionArchive;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public archive of sent editions. */
@Controller
class ArchiveController {

	private final EditionArchive archive;

	ArchiveController(EditionArchive archive) {
		this.archive = archive;
	}

	@GetMapping("/newsletter/numeros")
	String archive(Model model) {
		model.addAttribute("editions",
				archive.list()
					.stream()
					.map(e -> new ArchiveEntry(e.slug(), e.title(), e.number(), e.sentAt()))
					.toList());
		return "newsletter/archive";
	}

	@GetMapping("/newsletter/numeros/{slug}")
	String edition(@PathVariable String slug, Model model) {
		model.addAttribute("letter", archive.letter(slug).orElseThrow(() -> new NotFoundException("edition " + slug)));
		return "newsletter/edition";
	}

}
