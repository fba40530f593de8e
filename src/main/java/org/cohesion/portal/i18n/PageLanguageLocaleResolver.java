package org.cohesion.portal.i18n;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale is the URL's language ({@link PageLanguage}); the back office and anything
 * without a prefix speak the default language. Readers cannot switch it by header or
 * cookie: the language switch links to the other language's URL.
 */
class PageLanguageLocaleResolver implements LocaleResolver {

	private final Locale defaultLocale;

	PageLanguageLocaleResolver(Locale defaultLocale) {
		this.defaultLocale = defaultLocale;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		PageLanguage page = PageLanguage.of(request);
		return page == null ? defaultLocale : Locale.forLanguageTag(page.language());
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language comes from the URL");
	}

}
