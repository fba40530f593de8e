package org.cohesion.portal.site;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.cohesion.portal.flash.FlashItemView;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.shared.FrenchDates;
import org.springframework.context.MessageSource;

/**
 * What every public page's frame needs: the institution, the ticker, the navigation, the
 * canonical address, translated text and dates in the reader's language. Built once per
 * request by {@link LayoutAdvice}.
 */
public final class Layout {

	private final SiteProperties site;

	private final List<FlashItemView> ticker;

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

	Layout(SiteProperties site, List<FlashItemView> ticker, List<NavItem> navigation, List<NavItem> pages, String path,
			String baseUrl, String canonicalUrl, MessageSource messages, Locale locale, ZoneId zone,
			UnaryOperator<String> assets, boolean demo, java.util.function.Supplier<String> newsletterToken) {
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
		this.newsletterToken = newsletterToken;
	}

	/** The signed token of the newsletter sign-up form in the footer (see FormTokens). */
	public String newsletterToken() {
		return newsletterToken.get();
	}

	public SiteProperties site() {
		return site;
	}

	public List<FlashItemView> ticker() {
		return ticker;
	}

	public List<NavItem> navigation() {
		return navigation;
	}

	public List<NavItem> pages() {
		return pages;
	}

	public String canonicalUrl() {
		return canonicalUrl;
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

	public int currentYear() {
		return java.time.Year.now(zone).getValue();
	}

	/** The fingerprinted URL of a static asset, cacheable for a year. */
	public String asset(String path) {
		return assets.apply(path);
	}

}
