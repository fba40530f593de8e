package org.cohesion.portal.accounts.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.platform.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Builds the {@link SignInFrame} of a request; these pages are never cached. */
@Component
class SignInFrames {

	private final SiteProperties site;

	private final MessageSource messages;

	private final ResourceUrlProvider resources;

	SignInFrames(SiteProperties site, MessageSource messages, ResourceUrlProvider resources) {
		this.site = site;
		this.messages = messages;
		this.resources = resources;
	}

	SignInFrame of(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		String css = resources.getForLookupPath("/css/admin.css");
		return new SignInFrame(site.name(), csrf.getParameterName(), csrf.getToken(),
				css != null ? css : "/css/admin.css", messages, locale);
	}

}
