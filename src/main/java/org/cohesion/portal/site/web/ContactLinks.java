package org.cohesion.portal.site.web;

import java.util.ArrayList;
import java.util.List;
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

	/**
	 * The text token with the contacts linked; unchanged (byte for byte) when it names
	 * none. The sanitiser stores "+" and "@" as entities, so the search is made on the
	 * unescaped text.
	 */
	private static String link(String token, SiteProperties site) {
		String text = HtmlUtils.htmlUnescape(token);
		List<Contact> contacts = new ArrayList<>();
		contacts.add(new Contact(site.email(), "mailto:" + site.email()));
		contacts.add(new Contact(site.phone(), site.phoneHref()));
		if (site.emergencyLine().shown()) {
			contacts.add(new Contact(site.emergencyLine().phone(), site.emergencyLine().phoneHref()));
		}
		StringBuilder out = new StringBuilder();
		int done = 0;
		boolean found = false;
		while (true) {
			Matcher first = null;
			Contact which = null;
			for (Contact contact : contacts) {
				if (contact.value() == null || contact.value().isBlank()) {
					continue;
				}
				Matcher matcher = contact.pattern().matcher(text);
				if (matcher.find(done) && (first == null || matcher.start() < first.start())) {
					first = matcher;
					which = contact;
				}
			}
			if (first == null) {
				break;
			}
			found = true;
			out.append(HtmlUtils.htmlEscape(text.substring(done, first.start()), "UTF-8"))
				.append("<a href=\"")
				.append(HtmlUtils.htmlEscape(which.href(), "UTF-8"))
				.append("\">")
				.append(HtmlUtils.htmlEscape(first.group(), "UTF-8"))
				.append("</a>");
			done = first.end();
		}
		if (!found) {
			return token;
		}
		return out.append(HtmlUtils.htmlEscape(text.substring(done), "UTF-8")).toString();
	}

	/**
	 * A contact to link: its text (spaces may be no-break spaces in a body), its link.
	 */
	private record Contact(String value, String href) {

		Pattern pattern() {
			return Pattern.compile(Pattern.quote(value).replace(" ", "\\E[ \\u00A0\\u202F]\\Q"));
		}

	}

}
