package org.cohesion.portal.flash.web;

import org.cohesion.portal.flash.FlashApi;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class FlashArchiveController {

	static final int PAGE_SIZE = 20;

	private final FlashApi flash;

	FlashArchiveController(FlashApi flash) {
		this.flash = flash;
	}

	@GetMapping("/flash-infos")
	String archive(@RequestParam(name = "page", required = false) Integer page, Model model, java.util.Locale locale) {
		var items = flash.archive(Pagination.index(page), PAGE_SIZE, locale.getLanguage());
		NotFoundException.unlessPageExists(items.getNumber() + 1, items.getTotalPages());
		model.addAttribute("items", items.getContent());
		model.addAttribute("pagination",
				new Pagination(items.getNumber() + 1, items.getTotalPages(), items.getTotalElements(), "/flash-infos"));
		return "flash/archive";
	}

}
