package org.cohesion.portal.accounts.internal;

import java.time.Clock;

import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount user = users.findByEmail(UserAccount.normalise(email))
			.filter(u -> u.getPasswordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		return new AccountPrincipal(user.toEditor(), user.getPasswordHash(), user.isEnabled(),
				user.isLockedAt(clock.instant()));
	}

}
