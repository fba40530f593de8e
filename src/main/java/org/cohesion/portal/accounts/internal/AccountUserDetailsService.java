package org.cohesion.portal.accounts.internal;

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

	private final PermissionCatalogue permissions;

	AccountUserDetailsService(UserAccountRepository users, PermissionCatalogue permissions) {
		this.users = users;
		this.permissions = permissions;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		UserAccount user = users.findByEmail(UserAccount.normalise(email))
			.filter(u -> u.getPasswordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		// never "locked": failures slow the guesser down (SignInThrottle) without locking
		// the owner out
		return permissions.principal(user.toEditor(), user.getPasswordHash(), user.isEnabled(), false);
	}

}
