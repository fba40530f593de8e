package org.cohesion.portal.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.accounts.demo.DemoAccounts;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import jakarta.servlet.http.HttpServletResponse;

@Controller
class SignInController {

	private final SiteProperties site;

	private final PlatformProperties platform;

	private final MessageSource messages;

	private final ResourceUrlProvider resources;

	SignInController(SiteProperties site, PlatformProperties platform, MessageSource messages,
			ResourceUrlProvider resources) {
		this.site = site;
		this.platform = platform;
		this.messages = messages;
		this.resources = resources;
	}

	@GetMapping("/connexion")
	String signIn(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		boolean demo = platform.demo().enabled();
		List<SignInPage.DemoAccount> accounts = demo ? DemoAccounts.ACCOUNTS.stream()
			.map(a -> new SignInPage.DemoAccount(messages.getMessage(a.role().messageKey(), null, locale), a.email(),
					a.password(), a.role().requiresSecondFactor() ? DemoAccounts.DEMO_TOTP_SECRET : null))
			.toList() : List.of();
		String css = resources.getForLookupPath("/css/admin.css");
		model.addAttribute("page",
				new SignInPage(site.name(), csrf.getParameterName(), csrf.getToken(),
						request.getParameter("erreur") != null, request.getParameter("deconnecte") != null,
						request.getParameter("bienvenue") != null, request.getParameter("reinitialise") != null, demo,
						accounts, css != null ? css : "/css/admin.css"));
		return "accounts/signin";
	}

}
