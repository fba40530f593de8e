package org.cohesion.portal.casework;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.cohesion.portal.identity.Totp;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A browser for MockMvc: keeps the cookies the server sets (for their path) and sends
 * them back, as a real browser would; computes TOTP codes, never the same time step
 * twice.
 */
final class MnrBrowser {

	private final MockMvc mvc;

	private final Clock clock;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private long lastStep;

	MnrBrowser(MockMvc mvc, Clock clock) {
		this.mvc = mvc;
		this.clock = clock;
	}

	MvcResult get(String path) throws Exception {
		return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
	}

	MvcResult post(String path, String... parameters) throws Exception {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request.param(parameters[i], parameters[i + 1]);
		}
		return perform(request);
	}

	MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		String path = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI();
		Cookie[] sent = cookies.values()
			.stream()
			.filter(cookie -> cookie.getPath() == null || path.equals(cookie.getPath())
					|| path.startsWith(cookie.getPath().endsWith("/") ? cookie.getPath() : cookie.getPath() + "/"))
			.toArray(Cookie[]::new);
		if (sent.length > 0) {
			request.cookie(sent);
		}
		MvcResult result = mvc.perform(request).andReturn();
		remember(result.getResponse());
		return result;
	}

	private void remember(MockHttpServletResponse response) {
		for (Cookie cookie : response.getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
	}

	Cookie cookie(String name) {
		return cookies.get(name);
	}

	void addCookie(Cookie cookie) {
		cookies.put(cookie.getName(), cookie);
	}

	/** A valid code, of a time step this browser has not used yet. */
	String code(String secret) {
		long step = Math.max(Totp.step(clock.instant()) - 1, lastStep + 1);
		assertThat(step).as("no fresh TOTP step left within the accepted window")
			.isLessThanOrEqualTo(Totp.step(clock.instant()) + 1);
		lastStep = step;
		return Totp.code(secret, step);
	}

	/** Password then code: signed in, on the casework's home. */
	void signIn(String username, String password, String secret) throws Exception {
		MvcResult result = post("/mnr/connexion", "username", username, "password", password);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/code");
		result = post("/mnr/connexion/code", "code", code(secret));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr");
	}

	/**
	 * The first sign-in of a user created with a temporary password: enrols an
	 * authenticator, chooses a password. Returns the TOTP secret.
	 */
	String firstSignIn(String username, String temporary, String chosen) throws Exception {
		MvcResult result = post("/mnr/connexion", "username", username, "password", temporary);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr/connexion/activation");
		String secret = byId(get("/mnr/connexion/activation"), "secret");
		post("/mnr/connexion/activation", "code", code(secret));
		result = post("/mnr/connexion/nouveau-mot-de-passe", "password", chosen, "confirmation", chosen);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/mnr");
		return secret;
	}

	static String html(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The text of the element with this id in a page. */
	static String byId(MvcResult result, String id) throws Exception {
		Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html(result));
		assertThat(matcher.find()).as("element #" + id).isTrue();
		return matcher.group(1).trim();
	}

}
