package org.cohesion.portal.accounts.internal;

import java.time.Clock;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.identity.SignInThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failures in the sign-in throttle (per account and address, per account, per
 * address), forgets them on a complete sign-in, and puts every sign-in, successful or
 * not, in the audit trail.
 */
@Component
class SignInEvents {

	private final UserAccountRepository users;

	private final AuditTrail audit;

	private final SignInThrottle throttle;

	private final Clock clock;

	SignInEvents(UserAccountRepository users, AuditTrail audit, SignInThrottle throttle, Clock clock) {
		this.users = users;
		this.audit = audit;
		this.throttle = throttle;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			UserAccount user = users.findById(principal.editor().id()).orElseThrow();
			String ip = ip(event.getAuthentication().getDetails());
			if (user.hasSecondFactor()) {
				// failures are only reset once the code is right too: a known password
				// must
				// not buy more guesses at the code
				audit.record(user.getEmail(), ip, "SIGN_IN_PASSWORD_ACCEPTED", "account", String.valueOf(user.getId()),
						"Mot de passe correct, code de double authentification demandé", null, null);
				return;
			}
			if (throttle.needsSecondFactor(user.getEmail(), ip == null ? "" : ip)) {
				// SignInStages refuses it: a password alone is not enough while the
				// account or the address is under attack
				return;
			}
			user.recordSignIn(clock);
			if (ip != null && !user.getRole().requiresSecondFactor()) {
				throttle.succeeded(user.getEmail(), ip);
			}
			audit.record(user.getEmail(), ip, "SIGN_IN_SUCCESS", "account", String.valueOf(user.getId()),
					user.getRole().requiresSecondFactor()
							? "Mot de passe correct, activation de la double authentification demandée"
							: "Connexion réussie",
					null, null);
		}
	}

	@EventListener
	@Transactional
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String email = UserAccount.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
		String ip = ip(event.getAuthentication().getDetails());
		if (ip != null && throttle.failed(email, ip)) {
			auditBlock(audit, ip);
		}
		audit.record(email, ip, "SIGN_IN_FAILURE", "account", null,
				"Échec de connexion (" + event.getException().getClass().getSimpleName() + ")", null, null);
	}

	static void auditBlock(AuditTrail audit, String ip) {
		audit.record("système", ip, "SIGN_IN_IP_BLOCKED", "ip", ip,
				"Trop d’échecs de connexion depuis cette adresse : un mot de passe seul n’y suffit plus, "
						+ "la double authentification reste possible",
				null, null);
	}

	private static @Nullable String ip(Object details) {
		return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

}
