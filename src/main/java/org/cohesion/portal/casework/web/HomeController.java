package org.cohesion.portal.casework.web;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.plan.AssistancePlans;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The casework's home: who you are, what your role lets you do, where to go, and for case
 * workers how many follow-ups are overdue (counts only).
 */
@Controller
class HomeController {

	private final AssistancePlans plans;

	HomeController(AssistancePlans plans) {
		this.plans = plans;
	}

	@GetMapping({ "/mnr", "/mnr/" })
	String home(Model model) {
		Caseworker who = Caseworkers.find().orElse(null);
		if (who != null && who.may(CaseworkPermission.PERSON_EDIT)) {
			model.addAttribute("overdue", plans.counts(who));
		}
		return "casework/home";
	}

}
