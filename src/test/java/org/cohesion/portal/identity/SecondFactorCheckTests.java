package org.cohesion.portal.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared core over a store held in memory: real Tink, real bcrypt. */
class SecondFactorCheckTests {

	static final class MemoryStore implements SecondFactorStore {

		final Map<Long, String> secrets = new HashMap<>();

		long lastStep;

		final List<RecoveryCodes.Stored> codes = new ArrayList<>();

		@Override
		public String name() {
			return "test";
		}

		@Override
		public Optional<String> sealedTotpSecret(long userId) {
			return Optional.ofNullable(secrets.get(userId));
		}

		@Override
		public void saveSealedTotpSecret(long userId, String sealed) {
			secrets.put(userId, sealed);
		}

		@Override
		public boolean useTotpStep(long userId, long step) {
			if (step <= lastStep) {
				return false;
			}
			lastStep = step;
			return true;
		}

		@Override
		public List<RecoveryCodes.Stored> unusedRecoveryCodes(long userId) {
			return List.copyOf(codes);
		}

		@Override
		public void useRecoveryCode(long userId, long codeId) {
			codes.removeIf(code -> code.id() == codeId);
		}

		@Override
		public void replaceRecoveryCodes(long userId, List<String> hashes) {
			codes.clear();
			for (int i = 0; i < hashes.size(); i++) {
				codes.add(new RecoveryCodes.Stored(i, hashes.get(i)));
			}
		}

	}

	final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	final Clock clock = Clock.systemUTC();

	@Test
	void enrolsWithASealedSecretAndAcceptsACodeOnceThenARecoveryCodeOnce() {
		SecondFactorCheck check = new SecondFactorCheck(SecretSealer.generated(), new RecoveryCodes(encoder), clock);
		MemoryStore store = new MemoryStore();
		String secret = Totp.newSecret();
		String code = Totp.code(secret, Totp.step(clock.instant()));
		assertThat(check.enrol(store, 7, secret, "000000")).isEmpty();
		List<String> recovery = check.enrol(store, 7, secret, code).orElseThrow();
		assertThat(recovery).hasSize(RecoveryCodes.COUNT);
		assertThat(store.secrets.get(7L)).startsWith(SecretSealer.PREFIX).doesNotContain(secret);
		assertThat(store.codes).allMatch(stored -> stored.hash().startsWith("{bcrypt}"));

		assertThat(check.verify(store, 7, code).outcome()).as("the enrolment code is used up")
			.isEqualTo(SecondFactorCheck.Outcome.REPLAYED);
		assertThat(check.verify(store, 7, Totp.code(secret, Totp.step(clock.instant()) + 1)).outcome())
			.isEqualTo(SecondFactorCheck.Outcome.TOTP);
		var first = check.verify(store, 7, recovery.get(3).toUpperCase());
		assertThat(first.outcome()).isEqualTo(SecondFactorCheck.Outcome.RECOVERY_CODE);
		assertThat(first.remainingRecoveryCodes()).isEqualTo(RecoveryCodes.COUNT - 1);
		assertThat(check.verify(store, 7, recovery.get(3)).outcome()).isEqualTo(SecondFactorCheck.Outcome.WRONG);
	}

	@Test
	void aSealedSecretOpensNeitherUnderAnotherUserNorAnotherKey() {
		SecretSealer sealer = SecretSealer.fromKey("TEST_KEY", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
		String sealed = sealer.seal("JBSWY3DPEHPK3PXP", "accounts:totp:1");
		assertThat(sealer.open(sealed, "accounts:totp:1")).isEqualTo("JBSWY3DPEHPK3PXP");
		assertThatThrownBy(() -> sealer.open(sealed, "accounts:totp:2"))
			.isInstanceOf(SecretSealer.SealedSecretUnreadable.class);
		assertThatThrownBy(() -> SecretSealer.generated().open(sealed, "accounts:totp:1"))
			.isInstanceOf(SecretSealer.SealedSecretUnreadable.class);
		assertThatThrownBy(() -> SecretSealer.fromKey("TEST_KEY", "c2hvcnQ=")).hasMessageContaining("TEST_KEY")
			.hasMessageNotContaining("c2hvcnQ=");
	}

	@Test
	void legacySha256RecoveryCodesKeepWorkingOnceWrappedInTheEncodersHash() {
		RecoveryCodes codes = new RecoveryCodes(encoder);
		String legacy = RecoveryCodes.sha256("abcde23456");
		assertThat(RecoveryCodes.isLegacy(legacy)).isTrue();
		String wrapped = codes.rewrapLegacy(legacy);
		assertThat(wrapped).doesNotContain(legacy);
		assertThat(RecoveryCodes.isLegacy(wrapped)).isFalse();
		var stored = List.of(new RecoveryCodes.Stored(1, wrapped));
		assertThat(codes.match("abcde-23456", stored)).isPresent();
		assertThat(codes.match("abcde-23457", stored)).isEmpty();
	}

}
