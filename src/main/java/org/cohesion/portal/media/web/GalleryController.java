package org.cohesion.portal.media.web;

import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public galleries: their list and each gallery's page. */
@Controller
class GalleryController {

	static final int LIST_SIZE = 60;

	private final MediaLibrary library;

	GalleryController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/galeries")
	String list(Model model) {
		model.addAttribute("galleries", library.publicGalleries(0, LIST_SIZE).getContent());
		return "media/galleries";
	}

	@GetMapping("/galeries/{slug}")
	String gallery(@PathVariable String slug, Model model) {
		model.addAttribute("gallery",
				library.gallery(slug)
					.filter(gallery -> !gallery.photos().isEmpty())
					.orElseThrow(() -> new NotFoundException("gallery " + slug)));
		return "media/gallery";
	}

}
