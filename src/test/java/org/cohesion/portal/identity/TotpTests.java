package org.cohesion.portal.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TotpTests {

	static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, appendix B (SHA-1, 8 digits). */
	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238TestVectors(long seconds, String expected) {
		assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), "HmacSHA1", 8)).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixDigitsOfTheVectors() {
		String secret = Totp.encode(RFC_KEY);
		assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
	}

	@Test
	void base32RoundTripsAsPeopleTypeItAndNewSecretsHold160Bits() {
		assertThat(Totp.decode("mzxw 6ytb-oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Totp.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.decode("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		String secret = Totp.newSecret();
		assertThat(secret).hasSize(32);
		assertThat(Totp.decode(secret)).hasSize(20);
	}

	@Test
	void acceptsOneStepEitherSideButNotTwo() {
		String secret = Totp.newSecret();
		Instant now = Instant.parse("2026-03-01T10:00:15Z");
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12ab56", now)).isEmpty();
	}

	@Test
	void uriCarriesIssuerAndSecretForAuthenticatorApps() {
		assertThat(Totp.uri("MSCS", "awa@example.ci", "ABC"))
			.isEqualTo("otpauth://totp/MSCS:awa%40example.ci?secret=ABC&issuer=MSCS&algorithm=SHA1&digits=6&period=30");
	}

}
