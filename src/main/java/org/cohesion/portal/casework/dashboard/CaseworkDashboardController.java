package org.cohesion.portal.casework.dashboard;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /mnr/tableau-de-bord}: the cell's or the DLTP's figures. */
@Controller
class CaseworkDashboardController {

	private final Dashboards dashboards;

	CaseworkDashboardController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/mnr/tableau-de-bord")
	String dashboard(@RequestParam(name = "cellule", required = false) @Nullable String cell,
			HttpServletResponse response, Model model) {
		try {
			model.addAttribute("dashboard", dashboards.view(Caseworkers.current(), cell));
			return "casework/dashboard/dashboard";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

}
