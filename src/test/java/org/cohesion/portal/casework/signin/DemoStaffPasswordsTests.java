package org.cohesion.portal.casework.signin;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo casework users' stored hashes (computed once rather than at every first start)
 * still open with the password the sign-in page shows, at the encoder's current cost.
 */
class DemoStaffPasswordsTests {

	@Test
	void everyDemoUserHasAStoredHashOfItsPublishedPasswordAtTheCurrentCost() {
		PasswordEncoder encoder = CaseworkIdentity.newPasswordEncoder();
		assertThat(DemoStaff.PASSWORD_HASHES).hasSameSizeAs(DemoStaff.USERS);
		for (DemoStaff.DemoUser user : DemoStaff.USERS) {
			String hash = DemoStaff.PASSWORD_HASHES.get(user.password());
			assertThat(hash).as(user.username()).isNotNull();
			assertThat(encoder.matches(user.password(), hash)).as(user.username()).isTrue();
			assertThat(encoder.upgradeEncoding(hash)).as(user.username()).isFalse();
		}
	}

}
