package org.cohesion.portal.search.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.search.RebuildProgress;
import org.cohesion.portal.search.SearchIndex;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's page for the search index: how many documents it holds, a button to
 * rebuild it, and the progress of the rebuild (the page polls {@code /etat} while it
 * runs; without JavaScript, reloading the page shows the same).
 */
@Controller
@RequestMapping("/admin/recherche")
@PreAuthorize("hasAuthority('PERM_SEARCH_REINDEX')")
class SearchAdminController {

	private final SearchIndex index;

	private final SearchRebuilds rebuilds;

	private final MessageSource messages;

	SearchAdminController(SearchIndex index, SearchRebuilds rebuilds, MessageSource messages) {
		this.index = index;
		this.rebuilds = rebuilds;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		model.addAttribute("progress", index.progress());
		model.addAttribute("documents", index.documentCount());
		return "search/admin";
	}

	@GetMapping(path = "/etat", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	RebuildProgressView state() {
		RebuildProgress progress = index.progress();
		return new RebuildProgressView(progress.state().name(), progress.total(), progress.indexed(),
				progress.percent());
	}

	@PostMapping("/reconstruire")
	String rebuild(Principal principal, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		if (rebuilds.start(principal.getName(), request.getRemoteAddr())) {
			redirect.addFlashAttribute("notice", messages.getMessage("search.admin.started", null, locale));
		}
		else {
			redirect.addFlashAttribute("alert", messages.getMessage("search.admin.alreadyRunning", null, locale));
		}
		return "redirect:/admin/recherche";
	}

	record RebuildProgressView(String state, long total, long indexed, int percent) {
	}

}
