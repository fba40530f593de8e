package org.cohesion.portal.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.identity.SignInThrottle;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password attempt for an (account, address) pair that failed too often lately,
 * before any password is checked, and says how long to wait. That tells nothing about
 * whether the account exists: unknown addresses are counted and answered the same way.
 * Only that pair waits: the owner on another address, or a colleague behind the same NAT,
 * is not affected.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	SignInThrottleFilter(SignInThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !AdminSecurityConfiguration.SIGN_IN.equals(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = UserAccount.normalise(String.valueOf(request.getParameter("email")));
		java.time.Duration wait = throttle.pairWait(email, request.getRemoteAddr());
		if (wait.isZero()) {
			chain.doFilter(request, response);
			return;
		}
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.sendRedirect(AdminSecurityConfiguration.SIGN_IN + "?" + SignInStages.waitParameter(wait));
	}

}
