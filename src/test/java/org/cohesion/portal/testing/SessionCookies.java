package org.cohesion.portal.testing;

import jakarta.servlet.http.Cookie;

import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;

/**
 * Back-office sessions live in the database (Spring Session JDBC) and are found by their
 * {@code SESSION} cookie, as in a browser. Tests that pass a {@link MockHttpSession} from
 * request to request keep working: the cookie the server sets is remembered on that mock
 * session and sent again with the next request that carries it.
 */
public class SessionCookies implements MockMvcBuilderCustomizer {

	static final String COOKIE = "SESSION";

	public static final String REMEMBERED = SessionCookies.class.getName() + ".cookie";

	@Override
	public void customize(ConfigurableMockMvcBuilder<?> builder) {
		builder.defaultRequest(MockMvcRequestBuilders.get("/").with(request -> {
			if (request.getSession(false) instanceof MockHttpSession session
					&& session.getAttribute(REMEMBERED) instanceof String value) {
				request.setCookies(append(request.getCookies(), new Cookie(COOKIE, value)));
			}
			return request;
		})).alwaysDo(result -> {
			Cookie cookie = result.getResponse().getCookie(COOKIE);
			MockHttpServletRequest request = result.getRequest();
			if (cookie != null && request.getSession(false) instanceof MockHttpSession session) {
				session.setAttribute(REMEMBERED, cookie.getMaxAge() == 0 ? null : cookie.getValue());
			}
		});
	}

	private static Cookie[] append(Cookie[] cookies, Cookie cookie) {
		if (cookies == null) {
			return new Cookie[] { cookie };
		}
		Cookie[] all = java.util.Arrays.copyOf(cookies, cookies.length + 1);
		all[cookies.length] = cookie;
		return all;
	}

}
