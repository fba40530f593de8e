package org.cohesion.portal.casework;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.shared.FrenchDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The frame of every casework page ({@code casework/layout.jte}): who is signed in (no
 * one on the sign-in pages), the navigation their role allows, the CSRF token every form
 * carries, the one-line notice left by the previous action, text and dates in French.
 * Every casework controller gets it as the model attribute {@code layout}.
 */
public final class CaseworkLayout {

	/** An entry of the casework's navigation. */
	public record NavEntry(String label, String path) {
	}

	private final @Nullable Caseworker caseworker;

	private final String csrfParameter;

	private final String csrfToken;

	private final List<NavEntry> navigation;

	private final String path;

	private final @Nullable String notice;

	private final @Nullable String alert;

	private final MessageSource messages;

	private final Locale locale;

	private final ZoneId zone;

	private final List<String> stylesheets;

	private final String script;

	public CaseworkLayout(@Nullable Caseworker caseworker, String csrfParameter, String csrfToken,
			List<NavEntry> navigation, String path, @Nullable String notice, @Nullable String alert,
			MessageSource messages, Locale locale, ZoneId zone, List<String> stylesheets, String script) {
		this.caseworker = caseworker;
		this.csrfParameter = csrfParameter;
		this.csrfToken = csrfToken;
		this.navigation = List.copyOf(navigation);
		this.path = path;
		this.notice = notice;
		this.alert = alert;
		this.messages = messages;
		this.locale = locale;
		this.zone = zone;
		this.stylesheets = List.copyOf(stylesheets);
		this.script = script;
	}

	/** The signed-in user, or null on the sign-in pages. */
	public @Nullable Caseworker caseworker() {
		return caseworker;
	}

	public boolean may(CaseworkPermission permission) {
		return caseworker != null && caseworker.may(permission);
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

	/** The entry whose path is the longest prefix of this page's is the current one. */
	public boolean isCurrent(NavEntry entry) {
		if ("/mnr".equals(entry.path())) {
			return "/mnr".equals(path);
		}
		return under(entry) && navigation.stream()
			.noneMatch(other -> other.path().length() > entry.path().length() && under(other));
	}

	private boolean under(NavEntry entry) {
		return path.equals(entry.path()) || path.startsWith(entry.path() + "/");
	}

	public String path() {
		return path;
	}

	public @Nullable String notice() {
		return notice;
	}

	public @Nullable String alert() {
		return alert;
	}

	public String language() {
		return locale.getLanguage();
	}

	public Locale locale() {
		return locale;
	}

	public String t(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** "2 février 2024". */
	public String date(Instant instant) {
		return FrenchDates.longDate(instant, zone, locale);
	}

	/** "2 février 2024 à 14 h 05" in the configured time zone. */
	public String dateTime(Instant instant) {
		var local = instant.atZone(zone);
		boolean french = "fr".equals(locale.getLanguage());
		String time = DateTimeFormatter.ofPattern(french ? "H 'h' mm" : "HH:mm").format(local);
		return FrenchDates.longDate(local.toLocalDate(), locale) + (french ? " à " : " at ") + time;
	}

	public ZoneId zone() {
		return zone;
	}

	public List<String> stylesheets() {
		return stylesheets;
	}

	/**
	 * The back office's small script (folds the menu on a phone, reads tables as cards);
	 * every page works without it.
	 */
	public String script() {
		return script;
	}

}
