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

	/** A derivative of the media library: {@code /media/<24 hex>-<width>.jpg|webp}. */
	private static final Pattern LIBRARY_IMAGE = Pattern.compile("^/media/[0-9a-f]{24}-[0-9]{2,5}\\.(jpg|webp)$");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "a", "figure", "figcaption", "img", "table", "thead", "tbody", "tr", "th", "td",
				"caption", "hr")
		.allowAttributes("href")
		.matching(SAFE_URL)
		.onElements("a")
		// Images only from the portal's own media library (its derivatives), never from
		// another site, and
		// only with a text alternative: an <img> without both is dropped.
		.allowAttributes("src")
		.matching(LIBRARY_IMAGE)
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(Pattern.compile("^[0-9]{1,5}$"))
		.onElements("img")
		.allowElements((name, attributes) -> hasSourceAndAlt(attributes) ? name : null, "img")
		// an inserted image's alignment: one of three known classes, nothing else
		.allowAttributes("class")
		.matching(Pattern.compile("^figure--(left|center|right)$"))
		.onElements("figure")
		.allowAttributes("colspan", "rowspan", "scope")
		.onElements("td", "th")
		.allowStandardUrlProtocols()
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private RichText() {
	}

	private static boolean hasSourceAndAlt(java.util.List<String> attributes) {
		boolean src = false;
		boolean alt = false;
		for (int i = 0; i + 1 < attributes.size(); i += 2) {
			String value = attributes.get(i + 1);
			if ("src".equals(attributes.get(i)) && LIBRARY_IMAGE.matcher(value).matches()) {
				src = true;
			}
			if ("alt".equals(attributes.get(i)) && !value.isBlank()) {
				alt = true;
			}
		}
		return src && alt;
	}

	public static String sanitize(String html) {
		return POLICY.sanitize(html);
	}

	/** Plain text of a sanitised fragment, for excerpts and meta descriptions. */
	public static String plainText(String html) {
		return decode(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").trim();
	}

	/**
	 * Plain text of a sanitised fragment with its paragraphs, headings, list items and
	 * quotations apart, separated by U+2029 (PARAGRAPH SEPARATOR): what search indexes,
	 * so that an excerpt (a sentence, as {@link java.text.BreakIterator} finds them: it
	 * ends a sentence at U+2029, not at a line feed) never runs from a heading or a
	 * paragraph into the next.
	 */
	public static String plainTextByBlock(String html) {
		String blocks = html.replaceAll("(?i)</(p|h[1-6]|li|blockquote|figcaption|td|th)>|<br\\s*/?>", "\u2029");
		String text = decode(blocks.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ");
		return text.replaceAll(" ?\u2029[\\s\u2029]*", "\u2029").replaceAll("^\u2029|\u2029$", "").strip();
	}

	private static String decode(String text) {
		return text.replace("&nbsp;", " ")
			.replace("&#160;", " ")
			.replace("&amp;", "&")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'");
	}

}
