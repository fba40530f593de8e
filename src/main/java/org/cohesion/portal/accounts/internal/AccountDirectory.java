package org.cohesion.portal.accounts.internal;

import java.util.Optional;

import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.EditorDirectory;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AccountDirectory implements EditorDirectory {

	private final UserAccountRepository users;

	AccountDirectory(UserAccountRepository users) {
		this.users = users;
	}

	@Override
	public Optional<CurrentEditor> findByEmail(String email) {
		return users.findByEmail(email).map(account -> account.toEditor());
	}

}
