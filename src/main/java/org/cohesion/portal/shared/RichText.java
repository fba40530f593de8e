package org.cohesion.portal.shared;

import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one allow-list every stored rich text goes through, whatever the browser sent:
 * article bodies are pasted from Word and web pages and must never carry script, styles
 * or foreign markup.
 */
public final class RichText {

	private static final Pattern SAFE_URL = Pattern.compile("^(https?://|mailto:|/|#)[^\\s]*$",
			Pattern.CASE_INSENSITIVE);

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "a", "figure", "figcaption", "img", "table", "thead", "tbody", "tr", "th", "td",
				"caption", "hr")
		.allowAttributes("href")
		.matching(SAFE_URL)
		.onElements("a")
		.allowAttributes("src")
		.matching(Pattern.compile("^(/|https://)[^\\s]*$"))
		.onElements("img")
		.allowAttributes("alt", "width", "height")
		.onElements("img")
		.allowAttributes("colspan", "rowspan", "scope")
		.onElements("td", "th")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private RichText() {
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** Plain text of a sanitised fragment, for excerpts and meta descriptions. */
	public static String plainText(String html) {
		String text = html.replaceAll("<[^>]*>", " ")
			.replace("&nbsp;", " ")
			.replace("&#160;", " ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'");
		return text.replaceAll("\\s+", " ").trim();
	}

}
