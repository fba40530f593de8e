package org.cohesion.portal.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts (password or code) from an address that failed too often,
 * before any password is checked, with the same answer as a wrong password: nothing tells
 * whether the account exists. The block itself is audited once, when it starts
 * ({@code SIGN_IN_IP_BLOCKED}), not at every refused attempt: a flood must not become a
 * flood of writes.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final Throttles throttles;

	SignInThrottleFilter(Throttles throttles) {
		this.throttles = throttles;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod())
				|| !(AdminSecurityConfiguration.SIGN_IN.equals(path) || SignInStages.CODE_PAGE.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String ip = request.getRemoteAddr();
		if (!throttles.signInBlocked(ip)) {
			chain.doFilter(request, response);
			return;
		}
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(AdminSecurityConfiguration.SIGN_IN + "?erreur");
	}

}
