package org.cohesion.portal.casework.web;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.closure.Closures;
import org.cohesion.portal.casework.plan.AssistancePlans;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The casework's home: who you are, what your role lets you do, where to go, and for case
 * workers how many follow-ups are overdue, for supervisors how many closure requests
 * await their decision (counts only).
 */
@Controller
class HomeController {

	private final AssistancePlans plans;

	private final Closures closures;

	HomeController(AssistancePlans plans, Closures closures) {
		this.plans = plans;
		this.closures = closures;
	}

	@GetMapping({ "/mnr", "/mnr/" })
	String home(Model model) {
		Caseworker who = Caseworkers.find().orElse(null);
		if (who != null && who.may(CaseworkPermission.PERSON_EDIT)) {
			model.addAttribute("overdue", plans.counts(who));
		}
		if (who != null && who.may(CaseworkPermission.CASE_CLOSE_APPROVE)) {
			model.addAttribute("closures", closures.pendingCount(who));
		}
		return "casework/home";
	}

}
