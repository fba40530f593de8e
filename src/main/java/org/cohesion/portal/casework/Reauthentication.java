package org.cohesion.portal.casework;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A fresh proof of identity (password and second-factor code again) before a sensitive
 * action: export, break-the-glass, key operations. Either annotate the handler with
 * {@link Required} (a request without a recent proof is sent to the re-authentication
 * page, then back: to the same address for a GET, to the page it came from for a POST),
 * or ask {@link #recent(Duration)} and answer {@link #redirectTo(String)}.
 */
@Component
public class Reauthentication {

	/** The page that asks for the password and a code again. */
	public static final String PAGE = "/mnr/reauthentification";

	/** How recent a proof {@link Required} accepts by default. */
	public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

	static final String SESSION_ATTRIBUTE = "mnr.reauthenticatedAt";

	private final Clock clock;

	Reauthentication(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Whether the current casework user proved their identity (sign-in or
	 * re-authentication) within the given time.
	 */
	public boolean recent(Duration within) {
		HttpServletRequest request = currentRequest();
		return request != null && recent(request, within);
	}

	public boolean recent(HttpServletRequest request, Duration within) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Instant proved)) {
			return false;
		}
		return !proved.plus(within).isBefore(clock.instant());
	}

	/** Called by the sign-in and the re-authentication page when the proof is given. */
	public void recordProof(HttpServletRequest request) {
		request.getSession().setAttribute(SESSION_ATTRIBUTE, clock.instant());
	}

	/**
	 * The view name that sends the browser to the re-authentication page, which brings it
	 * back to {@code returnTo} (a casework path) afterwards.
	 */
	public String redirectTo(String returnTo) {
		return "redirect:" + pageFor(returnTo);
	}

	public static String pageFor(String returnTo) {
		return PAGE + "?retour=" + URLEncoder.encode(safeReturn(returnTo), StandardCharsets.UTF_8);
	}

	/**
	 * Only a path of the casework itself: never another site (an open redirect would let
	 * a link send a freshly re-authenticated user anywhere).
	 */
	public static String safeReturn(@Nullable String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/mnr") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.contains("://") || returnTo.chars().anyMatch(Character::isISOControl)) {
			return "/mnr";
		}
		return returnTo;
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/**
	 * On a controller method: the action needs a proof of identity given within
	 * {@link #minutes()} minutes.
	 */
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	public @interface Required {

		long minutes() default 10;

	}

}
