package org.cohesion.portal.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session holds the permissions of the moment it signed in. So that disabling an
 * account or changing its role takes effect at once rather than at the session's end,
 * every back-office request checks the account is still enabled with the same role (one
 * read by primary key), and otherwise ends the session.
 */
class SignedInAccountCheck extends OncePerRequestFilter {

	private final UserAccountRepository users;

	SignedInAccountCheck(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			UserAccount user = users.findById(principal.editor().id()).orElse(null);
			if (user == null || !user.isEnabled() || user.getRole() != principal.editor().role()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(AdminSecurityConfiguration.SIGN_IN);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
