package org.cohesion.portal.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The frame of every back-office page: who is signed in, the navigation they are allowed
 * to see, the CSRF token every form carries, the one-line notice left by the previous
 * action, text and dates in their language.
 */
public final class AdminLayout {

	/** An entry of the back office's navigation. */
	public record NavEntry(String label, String path) {
	}

	private final CurrentEditor editor;

	private final String csrfParameter;

	private final String csrfToken;

	private final List<NavEntry> navigation;

	private final String path;

	private final @Nullable String notice;

	private final @Nullable String alert;

	private final String siteName;

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final UnaryOperator<String> assets;

	public AdminLayout(CurrentEditor editor, String csrfParameter, String csrfToken, List<NavEntry> navigation,
			String path, @Nullable String notice, @Nullable String alert, String siteName, MessageSource messages,
			Locale locale, ZoneId zone, UnaryOperator<String> assets) {
		this.editor = editor;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
		this.navigation = navigation;
		this.path = path;
		this.notice = notice;
		this.alert = alert;
		this.siteName = siteName;
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.assets = assets;
	}

	public CurrentEditor editor() {
		return editor;
	}

	public boolean can(Permission permission) {
		return editor.can(permission);
	}

	public String csrfParameter() {
		return csrfParameter;
	}

	public String csrfToken() {
		return csrfToken;
	}

	public List<NavEntry> navigation() {
		return navigation;
	}

	public boolean isCurrent(NavEntry entry) {
		return "/admin".equals(entry.path()) ? "/admin".equals(path) : path.startsWith(entry.path());
	}

	public @Nullable String notice() {
		return notice;
	}

	public @Nullable String alert() {
		return alert;
	}

	public String siteName() {
		return siteName;
	}

	public String language() {
		return locale.getLanguage();
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** The message for {@code key}, or {@code fallback} when the bundles have none. */
	public String labelOr(String key, String fallback) {
		String label = messages.getMessage(key, null, fallback, locale);
		return label == null ? fallback : label;
	}

	/** "2 février 2024" (a calendar date, such as a gallery's). */
	public String date(java.time.LocalDate date) {
		return FrenchDates.longDate(date, locale);
	}

	public String date(Instant instant) {
		return FrenchDates.longDate(instant, zone, locale);
	}

	/** "2 février 2024 à 14 h 05" in the site's time zone. */
	public String dateTime(Instant instant) {
		var local = instant.atZone(zone);
		String time = "fr".equals(locale.getLanguage()) ? DateTimeFormatter.ofPattern("H 'h' mm").format(local)
				: DateTimeFormatter.ofPattern("HH:mm").format(local);
		return FrenchDates.longDate(local.toLocalDate(), locale) + ("fr".equals(locale.getLanguage()) ? " à " : " at ")
				+ time;
	}

	/** Value for an {@code <input type="datetime-local">} in the site's time zone. */
	public String dateTimeInput(@Nullable Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(instant.atZone(zone));
	}

	public ZoneId zone() {
		return zone;
	}

	/**
	 * The site's time zone as a person reads it: « heure d’Abidjan (GMT) », « heure de
	 * Paris (UTC+01:00) », "Abidjan time (GMT)". Derived from the zone, so another
	 * ministry's configuration reads right too.
	 */
	public String zoneLabel() {
		return zoneLabel(zone, locale);
	}

	static String zoneLabel(ZoneId zone, Locale locale) {
		String id = zone.getId();
		String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
		String offset = zone.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, locale);
		if (offset.equals(id) || offset.isBlank()) {
			offset = zone.getRules().getStandardOffset(java.time.Instant.EPOCH).getId();
		}
		if ("fr".equals(locale.getLanguage())) {
			boolean elided = !city.isEmpty() && "aeiouyhAEIOUYHÀÂÉÈÊÎÔÛ".indexOf(city.charAt(0)) >= 0;
			return "heure " + (elided ? "d’" : "de ") + city + " (" + offset + ")";
		}
		return city + " time (" + offset + ")";
	}

	public String asset(String path) {
		return assets.apply(path);
	}

}
