package org.cohesion.portal.accounts.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.identity.SignInThrottle;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The sign-in in stages. A correct password alone only opens the next stage: the code
 * page ({@link #AWAITING_CODE}) when a second factor is enrolled, the enrolment page
 * ({@link #ENROLMENT}) when the role requires one and none is enrolled. The permissions
 * of the role (and so the back office) come only once the last stage is passed.
 */
@Component
public class SignInStages implements AuthenticationSuccessHandler, AccessDeniedHandler {

	/**
	 * The password was right; the code is still to come. (Not Spring Security 7's own
	 * {@code FACTOR_PASSWORD}, which every password sign-in carries, complete or not.)
	 */
	public static final String AWAITING_CODE = "SIGN_IN_STAGE_CODE";

	/** The role requires a second factor: only the enrolment page may be reached. */
	public static final String ENROLMENT = "SIGN_IN_STAGE_ENROLMENT";

	public static final String CODE_PAGE = "/connexion/code";

	public static final String ENROLMENT_PAGE = "/admin/compte/double-authentification";

	/** The sign-in page's parameter that says how many minutes to wait. */
	public static final String WAIT = "attendre";

	/** {@code attendre=<minutes>}: a wait rounded up to the minute, at most an hour. */
	public static String waitParameter(java.time.Duration wait) {
		return WAIT + "=" + Math.min(60, Math.max(1, (wait.toSeconds() + 59) / 60));
	}

	/** Who typed a correct password and now owes a code. */
	public record PendingSignIn(long accountId, String email) implements Serializable {

		/**
		 * The principal's name, so that Spring Session indexes a half-open session under
		 * the account too (and ending the account's sessions ends it as well).
		 */
		@Override
		public String toString() {
			return email;
		}

	}

	private final UserAccountRepository users;

	private final UserDetailsService details;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final AuthenticationSuccessHandler fullSignIn = new SavedRequestAwareAuthenticationSuccessHandler();

	private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();

	private final SignInThrottle throttle;

	private final AuditTrail audit;

	SignInStages(UserAccountRepository users, UserDetailsService details, SignInThrottle throttle, AuditTrail audit) {
		this.users = users;
		this.details = details;
		this.throttle = throttle;
		this.audit = audit;
		((SavedRequestAwareAuthenticationSuccessHandler) fullSignIn).setDefaultTargetUrl("/admin");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		AccountPrincipal principal = (AccountPrincipal) authentication.getPrincipal();
		var user = users.findById(principal.editor().id()).orElseThrow();
		if (!user.hasSecondFactor() && throttle.needsSecondFactor(user.getEmail(), request.getRemoteAddr())) {
			// too many failures against this account or from this address: the right
			// password alone could be the attacker's lucky guess. The owner passes with
			// a second factor, or through the e-mailed reset link.
			audit.record(user.getEmail(), request.getRemoteAddr(), "SIGN_IN_REFUSED_UNDER_ATTACK", "account",
					String.valueOf(user.getId()),
					"Mot de passe correct refusé : trop d’échecs récents sur ce compte ou depuis cette adresse, "
							+ "et pas de double authentification",
					null, null);
			abandon(request);
			response.sendRedirect(AdminSecurityConfiguration.SIGN_IN + "?erreur");
			return;
		}
		if (user.hasSecondFactor()) {
			store(UsernamePasswordAuthenticationToken.authenticated(new PendingSignIn(user.getId(), user.getEmail()),
					null, authorities(AWAITING_CODE)), request, response);
			response.sendRedirect(CODE_PAGE);
		}
		else if (user.getRole().requiresSecondFactor()) {
			store(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities(ENROLMENT)), request,
					response);
			response.sendRedirect(ENROLMENT_PAGE);
		}
		else {
			fullSignIn.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/**
	 * Grants the role's permissions to the account (the last stage is passed), under a
	 * new session id.
	 */
	public void completeSignIn(String email, HttpServletRequest request, HttpServletResponse response) {
		var principal = details.loadUserByUsername(email);
		request.changeSessionId();
		store(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()), request,
				response);
	}

	public void abandon(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		var session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	/** A half-signed-in session is sent back to its stage rather than shown a 403. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (has(authentication, ENROLMENT)) {
			response.sendRedirect(ENROLMENT_PAGE);
		}
		else if (has(authentication, AWAITING_CODE)) {
			response.sendRedirect(CODE_PAGE);
		}
		else {
			denied.handle(request, response, exception);
		}
	}

	public static boolean has(Authentication authentication, String authority) {
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
	}

	private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

	private static List<GrantedAuthority> authorities(String... names) {
		return Arrays.stream(names).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
	}

}
