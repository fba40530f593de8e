package org.cohesion.portal.accounts.internal;

import java.time.Clock;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failures per account (locking it after {@link UserAccount#MAX_FAILURES}), resets
 * them on success, and puts every sign-in, successful or not, in the audit trail.
 */
@Component
class SignInEvents {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final Clock clock;

	SignInEvents(UserAccountRepository users, AuditTrail audit, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			users.findById(principal.editor().id()).ifPresent(user -> user.recordSignIn(clock));
			audit.record(principal.editor().email(), ip(event.getAuthentication().getDetails()), "SIGN_IN_SUCCESS",
					"account", String.valueOf(principal.editor().id()), "Connexion réussie", null, null);
		}
	}

	@EventListener
	@Transactional
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
		users.findByEmail(email).ifPresent(user -> user.recordFailure(clock));
		audit.record(email, ip(event.getAuthentication().getDetails()), "SIGN_IN_FAILURE", "account", null,
				"Échec de connexion (" + event.getException().getClass().getSimpleName() + ")", null, null);
	}

	private static String ip(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
