package org.cohesion.portal.casework.signin;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Puts a casework user, at a stage of signing in, into the security context of the
 * casework session (a new session id at every stage: no fixation).
 */
class CaseworkContexts {

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	SecurityContextRepository repository() {
		return repository;
	}

	void enter(Caseworker caseworker, SignInStage stage, HttpServletRequest request, HttpServletResponse response) {
		List<SimpleGrantedAuthority> authorities = stage == SignInStage.SIGNED_IN
				? caseworker.role().authorities().stream().map(SimpleGrantedAuthority::new).toList()
				: List.of(new SimpleGrantedAuthority(stage.authority()));
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(new CaseworkPrincipal(caseworker, stage), null, authorities);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

	void leave(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
