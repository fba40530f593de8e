package org.cohesion.portal.i18n;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the language from the URL: {@code /en/actualites} is the English page of
 * {@code /actualites}. The prefix is taken off before anything else sees the request
 * (security, controllers), so every French route has its English twin without a second
 * mapping, and the language travels with the request as a {@link PageLanguage}. The
 * language is never guessed from {@code Accept-Language}: one URL, one language, so
 * shared caches cannot serve a page in the wrong language and need no {@code Vary}
 * header.
 */
class LanguagePrefixFilter extends OncePerRequestFilter {

	private final Languages languages;

	LanguagePrefixFilter(Languages languages) {
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String context = request.getContextPath();
		String path = request.getRequestURI().substring(context.length());
		for (String language : languages.translations()) {
			String prefix = "/" + language;
			if (path.equals(prefix)) {
				response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
				response.setHeader("Location", context + prefix + "/");
				return;
			}
			if (path.startsWith(prefix + "/")) {
				String rest = path.substring(prefix.length());
				if (isBackOffice(rest) || !isPage(rest)) {
					break;
				}
				request.setAttribute(PageLanguage.ATTRIBUTE, new PageLanguage(languages, language, rest));
				chain.doFilter(new Unprefixed(request, context + rest, rest), response);
				return;
			}
		}
		if (!isBackOffice(path)) {
			request.setAttribute(PageLanguage.ATTRIBUTE,
					new PageLanguage(languages, languages.defaultLanguage(), path));
		}
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	/**
	 * Pages and feeds: {@code /en/actualites/rss.xml} is the English feed (its entries
	 * are the English translations). Sitemaps, robots.txt and assets exist once, without
	 * prefix.
	 */
	private static boolean isPage(String path) {
		if (path.endsWith("/rss.xml") || path.endsWith("/atom.xml")) {
			return true;
		}
		int slash = path.lastIndexOf('/');
		return path.indexOf('.', slash) < 0;
	}

	private static boolean isBackOffice(String path) {
		return path.startsWith("/admin") || path.startsWith("/connexion") || path.startsWith("/deconnexion");
	}

	/** The request as if it had come without the language prefix. */
	private static final class Unprefixed extends HttpServletRequestWrapper {

		private final String uri;

		private final String servletPath;

		Unprefixed(HttpServletRequest request, String uri, String servletPath) {
			super(request);
			this.uri = uri;
			this.servletPath = servletPath;
		}

		@Override
		public String getRequestURI() {
			return uri;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer();
			url.append(getScheme()).append("://").append(getServerName());
			int port = getServerPort();
			if (!("http".equals(getScheme()) && port == 80) && !("https".equals(getScheme()) && port == 443)) {
				url.append(':').append(port);
			}
			return url.append(uri);
		}

		@Override
		public String getServletPath() {
			return servletPath;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

	}

}
