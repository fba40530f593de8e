package org.cohesion.portal.casework.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every casework "no such record, or not yours" ends on the same 404 page, in the
 * casework frame: the handler forwards to it so that the page gets its frame like any
 * other. Users who may break the glass see the way to ask for it, whether the code exists
 * or not.
 */
@ControllerAdvice(basePackages = "org.cohesion.portal.casework")
public class RecordNotFoundAdvice {

	static final String PAGE = "/mnr/introuvable";

	static final String CODE = "mnr.notFound.code";

	@ExceptionHandler(RecordNotFoundException.class)
	String notFound(HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String code = path.startsWith("/mnr/personnes/") ? path.substring("/mnr/personnes/".length()).split("/")[0]
				: "";
		request.setAttribute(CODE, code.matches("[A-Z0-9-]{1,40}") ? code : "");
		return "forward:" + PAGE;
	}

	/**
	 * The 404 page, from a handler that caught {@link RecordNotFoundException} itself
	 * (then the page has its frame without a forward).
	 */
	public static String render(String code, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("code", code.matches("[A-Z0-9-]{1,40}") ? code : "");
		model.addAttribute("mayBreakGlass",
				Caseworkers.find().map(who -> who.may(CaseworkPermission.BREAK_GLASS)).orElse(false));
		return "casework/access/notfound";
	}

	@Controller
	static class NotFoundPage {

		@RequestMapping(PAGE)
		String page(HttpServletRequest request, HttpServletResponse response, Model model) {
			Object code = request.getAttribute(CODE);
			return render(code instanceof String text ? text : "", response, model);
		}

	}

}
