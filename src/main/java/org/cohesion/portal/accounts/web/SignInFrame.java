package org.cohesion.portal.accounts.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The frame of the pages around signing in (outside the back office): site name, CSRF
 * token, stylesheet, text in the reader's language.
 */
public record SignInFrame(String siteName, String csrfParameter, String csrfToken, String stylesheet,
		MessageSource messages, Locale locale) {

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	public String language() {
		return locale.getLanguage();
	}

}
