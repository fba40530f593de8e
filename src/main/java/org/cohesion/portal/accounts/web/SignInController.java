package org.cohesion.portal.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.accounts.internal.SignInStages;
import org.jspecify.annotations.Nullable;
import org.cohesion.portal.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletResponse;

@Controller
class SignInController {

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final SignInFrames frames;

	SignInController(PlatformProperties platform, MessageSource messages, SignInFrames frames) {
		this.platform = platform;
		this.messages = messages;
		this.frames = frames;
	}

	@GetMapping("/connexion")
	String signIn(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		boolean demo = platform.demo().enabled();
		List<SignInPage.DemoAccount> accounts = demo ? DemoAccounts.ACCOUNTS.stream()
			.map(a -> new SignInPage.DemoAccount(messages.getMessage(a.role().messageKey(), null, locale), a.email(),
					a.password(), a.role().requiresSecondFactor() ? DemoAccounts.DEMO_TOTP_SECRET : null))
			.toList() : List.of();
		model.addAttribute("frame", frames.of(request, response, locale));
		model.addAttribute("page",
				new SignInPage(request.getParameter("erreur") != null, request.getParameter("deconnecte") != null,
						request.getParameter("bienvenue") != null, request.getParameter("reinitialise") != null, demo,
						accounts, waitMinutes(request.getParameter(SignInStages.WAIT))));
		return "accounts/signin";
	}

	/** The minutes to wait after too many attempts (1 to 60), or null. */
	private static @Nullable Integer waitMinutes(@Nullable String parameter) {
		if (parameter == null || !parameter.matches("[0-9]{1,2}")) {
			return null;
		}
		return Math.min(60, Math.max(1, Integer.parseInt(parameter)));
	}

}
