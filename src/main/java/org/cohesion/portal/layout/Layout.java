package org.cohesion.portal.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What every public page's frame needs: the institution, the ticker, the navigation, the
 * canonical address, translated text and dates in the reader's language. Built once per
 * request by the site module (LayoutAdvice).
 */
public final class Layout {

	private final SiteProperties site;

	private final List<TickerItem> ticker;

	private final List<NavItem> navigation;

	private final List<NavItem> pages;

	private final String path;

	private final String baseUrl;

	private final String canonicalUrl;

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final UnaryOperator<String> assets;

	private final boolean demo;

	private final java.util.function.Supplier<String> newsletterToken;

	private final @Nullable PageLanguage pageLanguage;

	private final String pageQuery;

	private final UnaryOperator<String> webpSrcsets;

	/**
	 * From the media library (layout does not depend on media: its templates use layout).
	 */
	private final UnaryOperator<@Nullable String> jpegSrcsets;

	public Layout(SiteProperties site, List<TickerItem> ticker, List<NavItem> navigation, List<NavItem> pages,
			String path, String baseUrl, String canonicalUrl, MessageSource messages, Locale locale, ZoneId zone,
			UnaryOperator<String> assets, boolean demo, @Nullable PageLanguage pageLanguage, String pageQuery,
			java.util.function.Supplier<String> newsletterToken, UnaryOperator<String> webpSrcsets,
			UnaryOperator<@Nullable String> jpegSrcsets) {
		this.webpSrcsets = webpSrcsets;
		this.jpegSrcsets = jpegSrcsets;
		this.site = site;
		this.ticker = ticker;
		this.navigation = navigation;
		this.pages = pages;
		this.path = path;
		this.baseUrl = baseUrl;
		this.canonicalUrl = canonicalUrl;
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.assets = assets;
		this.demo = demo;
		this.pageLanguage = pageLanguage;
		this.pageQuery = pageQuery;
		this.newsletterToken = newsletterToken;
	}

	/** The signed token of the newsletter sign-up form in the footer (see FormTokens). */
	public String newsletterToken() {
		return newsletterToken.get();
	}

	public SiteProperties site() {
		return site;
	}

	public List<TickerItem> ticker() {
		return ticker;
	}

	public List<NavItem> navigation() {
		return navigation;
	}

	public List<NavItem> pages() {
		return pages;
	}

	/**
	 * The page's own address; on a page that falls back to the original text, the
	 * original's (the same text is never indexed twice).
	 */
	public String canonicalUrl() {
		if (pageLanguage == null) {
			return canonicalUrl;
		}
		return baseUrl + pageLanguage.canonicalPath() + (pageLanguage.isFallback() ? "" : pageQuery);
	}

	/**
	 * A link within the site in the reader's language: {@code /actualites} on a French
	 * page, {@code /en/actualites} on an English one.
	 */
	public String href(String path) {
		return pageLanguage == null ? path : pageLanguage.languages().path(pageLanguage.language(), path);
	}

	/**
	 * The {@code hreflang} alternates (absolute URLs by language) of a page that exists
	 * in several languages; empty when it exists in one only.
	 */
	public Map<String, String> alternates() {
		if (pageLanguage == null || pageLanguage.isFallback()) {
			return Map.of();
		}
		Map<String, String> alternates = new LinkedHashMap<>();
		pageLanguage.alternates().forEach((language, path) -> alternates.put(language, baseUrl + path + pageQuery));
		return alternates.size() > 1 ? alternates : Map.of();
	}

	/** The alternate for readers whose language the site does not speak: the original. */
	public @Nullable String defaultAlternate() {
		if (pageLanguage == null) {
			return null;
		}
		return alternates().get(pageLanguage.languages().defaultLanguage());
	}

	/** The header's language switch: every language but the page's own. */
	public List<LanguageLink> languageSwitch() {
		if (pageLanguage == null) {
			return List.of();
		}
		List<LanguageLink> links = new ArrayList<>();
		pageLanguage.switchTargets().forEach((language, path) -> {
			if (!language.equals(pageLanguage.language())) {
				links.add(new LanguageLink(language, t("language.name." + language), path + pageQuery));
			}
		});
		return links;
	}

	/**
	 * The language of the text shown when it is not the reader's (no translation yet),
	 * else null.
	 */
	public @Nullable String fallbackLanguage() {
		return pageLanguage == null ? null : pageLanguage.fallbackLanguage();
	}

	/**
	 * What goes before a colon (HTML): a narrow no-break space in French ("Coopération :
	 * …"), nothing in English.
	 */
	public String beforeColon() {
		return beforeColon(locale.getLanguage());
	}

	/**
	 * {@link #beforeColon()} for a text in {@code textLanguage} (a French item on an
	 * English page).
	 */
	public String beforeColon(String textLanguage) {
		return "fr".equals(textLanguage) ? "&#8239;" : "";
	}

	/**
	 * A plain-text field (title, caption, standfirst) with French typography when the
	 * text is French: a no-break space before « : » and so on (see FrenchTypography).
	 */
	public String text(String value, String textLanguage) {
		return org.cohesion.portal.shared.FrenchTypography.apply(value, textLanguage);
	}

	/**
	 * {@link #text(String, String)} for content that exists in French only (galleries).
	 */
	public String text(String value) {
		return org.cohesion.portal.shared.FrenchTypography.apply(value, "fr");
	}

	/**
	 * A link of the language switch: the language's code, its own name, where it leads.
	 */
	public record LanguageLink(String language, String name, String href) {
	}

	/**
	 * One line of the flash-info ticker, as the frame shows it (the site module fills it
	 * from the flash module, so that this frame depends on neither).
	 */
	public record TickerItem(String language, String label, String text, @Nullable String href) {
	}

	public String absolute(String path) {
		return baseUrl + path;
	}

	public String language() {
		return locale.getLanguage();
	}

	public boolean demo() {
		return demo;
	}

	/** True for the navigation entry of the section the reader is in. */
	public boolean isCurrent(NavItem item) {
		if ("/".equals(item.path())) {
			return "/".equals(path);
		}
		return path.equals(item.path()) || path.startsWith(item.path() + "/")
				|| ("/actualites".equals(item.path()) && path.startsWith("/rubriques/"));
	}

	/** Text from the message bundle in the reader's language. */
	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** "2 février 2024". */
	public String date(Instant instant) {
		return FrenchDates.longDate(instant, zone, locale);
	}

	/** ISO date for {@code <time datetime>}. */
	public String isoDate(Instant instant) {
		return instant.atZone(zone).toLocalDate().toString();
	}

	/** For query parameters of share links. */
	public String urlEncode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The year as text: given to the bundle as a number, MessageFormat would group its
	 * digits ("© 2 026", "© 2,026").
	 */
	public String currentYear() {
		return String.valueOf(java.time.Year.now(zone).getValue());
	}

	/**
	 * The JPEG {@code srcset} of a library derivative's path; null for any other image.
	 */
	public @Nullable String srcset(@Nullable String path) {
		return path == null ? null : jpegSrcsets.apply(path);
	}

	/**
	 * The WebP {@code srcset} of a library derivative's path, when its WebP derivatives
	 * exist; else null.
	 */
	public @Nullable String webpSrcset(@Nullable String path) {
		return path == null ? null : webpSrcsets.apply(path);
	}

	/** The fingerprinted URL of a static asset, cacheable for a year. */
	public String asset(String path) {
		return assets.apply(path);
	}

}
