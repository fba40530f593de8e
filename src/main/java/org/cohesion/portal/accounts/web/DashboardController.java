package org.cohesion.portal.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	@GetMapping("/admin")
	String dashboard() {
		return "accounts/dashboard";
	}

}
