package org.cohesion.portal.casework.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The casework's home: who you are, what your role lets you do, where to go. */
@Controller
class HomeController {

	@GetMapping({ "/mnr", "/mnr/" })
	String home() {
		return "casework/home";
	}

}
