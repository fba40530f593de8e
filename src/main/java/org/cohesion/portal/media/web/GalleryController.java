package org.cohesion.portal.media.web;

import java.util.List;
import java.util.Locale;

import org.cohesion.portal.media.GalleryArticles;
import org.cohesion.portal.media.GalleryView;
import org.springframework.beans.factory.ObjectProvider;

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

	private final ObjectProvider<GalleryArticles> articles;

	GalleryController(MediaLibrary library, ObjectProvider<GalleryArticles> articles) {
		this.library = library;
		this.articles = articles;
	}

	@GetMapping("/galeries")
	String list(Model model) {
		model.addAttribute("galleries", library.publicGalleries(0, LIST_SIZE).getContent());
		return "media/galleries";
	}

	@GetMapping("/galeries/{slug}")
	String gallery(@PathVariable String slug, Model model, Locale locale) {
		GalleryView gallery = library.gallery(slug)
			.filter(found -> !found.photos().isEmpty())
			.orElseThrow(() -> new NotFoundException("gallery " + slug));
		model.addAttribute("gallery", gallery);
		GalleryArticles showing = articles.getIfAvailable();
		model.addAttribute("articles",
				showing == null ? List.of() : showing.showing(gallery.id(), locale.getLanguage()));
		return "media/gallery";
	}

}
