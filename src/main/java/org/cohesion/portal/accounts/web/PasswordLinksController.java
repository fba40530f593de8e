package org.cohesion.portal.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.web.AccountViews.ForgottenPage;
import org.cohesion.portal.accounts.web.AccountViews.PasswordPage;
import org.cohesion.portal.accounts.domain.AccountToken.Purpose;
import org.cohesion.portal.accounts.internal.AccountAdministration;
import org.cohesion.portal.accounts.internal.AccountAdministration.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages behind e-mailed links (accept an invitation, reset a password) and the
 * request for a reset link. The request page answers the same whether the address exists
 * or not.
 */
@Controller
class PasswordLinksController {

	private final AccountAdministration administration;

	private final SignInFrames frames;

	PasswordLinksController(AccountAdministration administration, SignInFrames frames) {
		this.administration = administration;
		this.frames = frames;
	}

	@GetMapping("/connexion/invitation/{token}")
	String invitation(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return form(token, Purpose.INVITATION, null, request, response, model, locale);
	}

	@PostMapping("/connexion/invitation/{token}")
	String acceptInvitation(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		return submit(token, Purpose.INVITATION, password, confirmation, request, response, model, locale);
	}

	@GetMapping("/connexion/reinitialisation/{token}")
	String reset(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		return form(token, Purpose.PASSWORD_RESET, null, request, response, model, locale);
	}

	@PostMapping("/connexion/reinitialisation/{token}")
	String applyReset(@PathVariable String token, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		return submit(token, Purpose.PASSWORD_RESET, password, confirmation, request, response, model, locale);
	}

	@GetMapping("/connexion/mot-de-passe-oublie")
	String forgotten(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("frame", frames.of(request, response, locale));
		model.addAttribute("page", new ForgottenPage(false));
		return "accounts/forgotten";
	}

	@PostMapping("/connexion/mot-de-passe-oublie")
	String requestReset(@RequestParam(defaultValue = "") String email, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		administration.requestPasswordReset(email, request.getRemoteAddr(), locale);
		model.addAttribute("frame", frames.of(request, response, locale));
		model.addAttribute("page", new ForgottenPage(true));
		return "accounts/forgotten";
	}

	private String submit(String token, Purpose purpose, String password, String confirmation,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		if (!password.equals(confirmation)) {
			return form(token, purpose, "accounts.password.mismatch", request, response, model, locale);
		}
		try {
			administration.setPassword(token, purpose, password, request.getRemoteAddr());
		}
		catch (Refused refused) {
			return form(token, purpose, refused.messageKey(), request, response, model, locale);
		}
		return "redirect:/connexion?" + (purpose == Purpose.INVITATION ? "bienvenue" : "reinitialise");
	}

	private String form(String token, Purpose purpose, @Nullable String errorKey, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		boolean valid = administration.linkUsable(token, purpose);
		SignInFrame frame = frames.of(request, response, locale);
		String action = (purpose == Purpose.INVITATION ? "/connexion/invitation/" : "/connexion/reinitialisation/")
				+ token;
		String titleKey = purpose == Purpose.INVITATION ? "accounts.invitation.title" : "accounts.reset.title";
		model.addAttribute("frame", frame);
		model.addAttribute("page",
				new PasswordPage(action, titleKey, valid, errorKey == null ? null : frame.t(errorKey)));
		if (!valid) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		return "accounts/password";
	}

}
