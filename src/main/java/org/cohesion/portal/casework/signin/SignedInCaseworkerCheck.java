package org.cohesion.portal.casework.signin;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every casework request, the signed-in user is read again: a user disabled, moved to
 * another role or organisation, or whose organisation was closed, is signed out at once
 * rather than when the session ends.
 */
class SignedInCaseworkerCheck extends OncePerRequestFilter {

	private final CaseworkSignIn signIn;

	private final CaseworkContexts contexts;

	SignedInCaseworkerCheck(CaseworkSignIn signIn, CaseworkContexts contexts) {
		this.signIn = signIn;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CaseworkPrincipal principal) {
			Optional<Caseworker> now = signIn.current(principal.caseworker().userId());
			if (now.isEmpty() || !now.get().equals(principal.caseworker())) {
				contexts.leave(request, response);
				response.sendRedirect(CaseworkSecurityConfiguration.SIGN_IN);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
