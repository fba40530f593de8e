package org.cohesion.portal.platform;

import org.springframework.web.util.HtmlUtils;

/**
 * A short, self-contained French error page for the moments the site's own frame cannot
 * be drawn (Tomcat refusing a request, the database away): nothing asked of the database,
 * only the site's stylesheet.
 */
final class PlainErrorPage {

	private PlainErrorPage() {
	}

	static String html(String institution, String title, String text, int status) {
		return """
				<!doctype html>
				<html lang="fr">
				<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s – %s</title><link rel="stylesheet" href="/css/site.css"></head>
				<body><main class="container"><h1>%s</h1><p>%s</p><p>Code %d.</p>
				<p><a href="/">Retour à l’accueil</a></p></main></body>
				</html>
				""".formatted(HtmlUtils.htmlEscape(title, "UTF-8"), HtmlUtils.htmlEscape(institution, "UTF-8"),
				HtmlUtils.htmlEscape(title, "UTF-8"), HtmlUtils.htmlEscape(text, "UTF-8"), status);
	}

}
