package org.cohesion.portal.site.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.platform.SiteProperties;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns the institution's phone numbers and e-mail address, where a static page's text
 * mentions them, into {@code tel:} and {@code mailto:} links, so that a phone calls them
 * with one touch. Only the configured contacts, only in text (never inside a tag or an
 * existing link): the body was sanitised when stored and stays so.
 */
final class ContactLinks {

	private static final Pattern TOKENS = Pattern.compile("<[^>]*>|[^<]+");

	private ContactLinks() {
	}

	static String apply(String html, SiteProperties site) {
		StringBuilder out = new StringBuilder(html.length() + 128);
		int anchors = 0;
		Matcher tokens = TOKENS.matcher(html);
		while (tokens.find()) {
			String token = tokens.group();
			if (token.startsWith("<")) {
				String tag = token.toLowerCase(java.util.Locale.ROOT);
				if (tag.startsWith("<a ") || tag.equals("<a>")) {
					anchors++;
				}
				else if (tag.startsWith("</a")) {
					anchors = Math.max(0, anchors - 1);
				}
				out.append(token);
			}
			else {
				out.append(anchors > 0 ? token : link(token, site));
			}
		}
		return out.toString();
	}

	private static String link(String text, SiteProperties site) {
		String result = text;
		result = replace(result, site.email(), "mailto:" + site.email());
		result = replace(result, site.phone(), site.phoneHref());
		if (site.emergencyLine().shown()) {
			result = replace(result, site.emergencyLine().phone(), site.emergencyLine().phoneHref());
		}
		return result;
	}

	private static String replace(String text, String value, String href) {
		if (value == null || value.isBlank()) {
			return text;
		}
		String escaped = HtmlUtils.htmlEscape(value);
		// a stored body may write the spaces of a number as no-break spaces
		String pattern = Pattern.quote(escaped).replace(" ", "\\E[ \\u00A0\\u202F]\\Q");
		return Pattern.compile(pattern)
			.matcher(text)
			.replaceAll(found -> Matcher
				.quoteReplacement("<a href=\"" + HtmlUtils.htmlEscape(href) + "\">" + found.group() + "</a>"));
	}

}
