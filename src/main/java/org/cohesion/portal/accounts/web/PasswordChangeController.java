package org.cohesion.portal.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.accounts.internal.AccountAdministration;
import org.cohesion.portal.accounts.internal.AccountAdministration.Refused;
import org.cohesion.portal.accounts.internal.SecondFactors;
import org.cohesion.portal.accounts.web.AccountViews.PasswordChangePage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in person changes their own password. The fields are never sent back: after a
 * refusal the form is empty again, with the reason.
 */
@Controller
class PasswordChangeController {

	static final String PAGE = "/admin/compte/mot-de-passe";

	private final AccountAdministration administration;

	private final SecondFactors secondFactors;

	private final MessageSource messages;

	PasswordChangeController(AccountAdministration administration, SecondFactors secondFactors,
			MessageSource messages) {
		this.administration = administration;
		this.secondFactors = secondFactors;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String form(HttpServletResponse response, Model model) {
		return page(null, response, model);
	}

	@PostMapping(PAGE)
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Locale locale) {
		var session = request.getSession(false);
		int ended;
		try {
			ended = administration.changeOwnPassword(Editors.require(), request.getRemoteAddr(), current, password,
					confirmation, code.strip(), session == null ? null : session.getId());
		}
		catch (Refused refused) {
			response.setStatus(422);
			return page(refused.messageKey(), response, model);
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("accounts.changePassword.done", new Object[] { ended }, locale));
		return "redirect:" + PAGE;
	}

	private String page(@org.jspecify.annotations.Nullable String errorKey, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		boolean secondFactor = secondFactors.enrolled(Editors.require().id()).orElse(false);
		model.addAttribute("page", new PasswordChangePage(secondFactor, errorKey));
		return "accounts/change-password";
	}

}
