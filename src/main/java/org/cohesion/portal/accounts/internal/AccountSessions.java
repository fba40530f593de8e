package org.cohesion.portal.accounts.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of an account (Spring Session JDBC finds them by the principal
 * name, the account's e-mail address) when what they were opened with no longer holds: a
 * new password, another role, a disabled account, a second factor reset. The session of
 * the person doing it may be kept.
 */
@Component
class AccountSessions {

	private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account except {@code keep} (a session id, or null). */
	int endAll(String email, @Nullable String keep) {
		Map<String, ? extends Session> open = sessions.findByPrincipalName(email);
		int ended = 0;
		for (String id : open.keySet()) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		if (ended > 0) {
			log.info("Ended {} session(s) of account {}", ended, email);
		}
		return ended;
	}

}
