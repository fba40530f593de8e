package org.cohesion.portal.accounts.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.BackOfficeContribution.DashboardPanel;
import org.cohesion.portal.accounts.Editors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's first page: the panels the modules contribute for this editor (their
 * drafts, what waits for review, scheduled publications, recent changes, the next
 * newsletter edition…), in the modules' order.
 */
@Controller
class DashboardController {

	private final List<BackOfficeContribution> contributions;

	private final Clock clock;

	DashboardController(List<BackOfficeContribution> contributions, Clock clock) {
		this.contributions = contributions;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		var editor = Editors.require();
		Instant now = clock.instant();
		List<DashboardPanel> panels = contributions.stream()
			.flatMap(contribution -> contribution.dashboard(editor, now).stream())
			.sorted(Comparator.comparingInt(DashboardPanel::order))
			.toList();
		model.addAttribute("panels", panels);
		return "accounts/dashboard";
	}

}
