package org.cohesion.portal.site.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * French error pages inside the site's frame, for every error the container or a
 * controller raises. Never shows a stack trace or an exception message.
 */
@Controller
class SiteErrorController implements ErrorController {

	@RequestMapping("/error")
	String error(HttpServletRequest request, HttpServletResponse response, Model model) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer value ? value : 500;
		response.setStatus(status);
		response.setHeader(HttpHeaders.CACHE_CONTROL, status == 404 ? "public, max-age=60" : "no-store");
		model.addAttribute("status", status);
		model.addAttribute("kind", switch (status) {
			case 404, 410 -> "notFound";
			case 400, 405, 413, 414, 415 -> "badRequest";
			case 403 -> "forbidden";
			case 429 -> "tooMany";
			default -> "server";
		});
		return "site/error";
	}

}
