package org.cohesion.portal.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.cohesion.portal.accounts.domain.AccountToken;
import org.cohesion.portal.accounts.domain.AccountToken.Purpose;
import org.cohesion.portal.accounts.domain.AccountTokenRepository;
import org.springframework.stereotype.Component;

/**
 * Issues and checks the tokens of e-mailed links: 256 random bits, URL-safe Base64; the
 * database only keeps their SHA-256 (a fast hash is enough for 256 random bits).
 */
@Component
public class AccountTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;

	private final Clock clock;

	AccountTokens(AccountTokenRepository tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * A new token; the caller puts it in a link and forgets it. Every other outstanding
	 * link of the account stops working: only the latest one sent is good.
	 */
	public String issue(Long accountId, Purpose purpose, Duration validity) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		AccountToken saved = tokens.saveAndFlush(
				new AccountToken(accountId, purpose, sha256(token), clock.instant(), clock.instant().plus(validity)));
		tokens.voidOutstanding(accountId, saved.getId(), clock.instant());
		return token;
	}

	/** Uses a link up, and every other outstanding link of its account with it. */
	public void use(AccountToken link) {
		link.use(clock.instant());
		tokens.voidOutstanding(link.getAccountId(), link.getId(), clock.instant());
	}

	/** Voids every outstanding link of the account (its password changed). */
	public void voidAll(Long accountId) {
		tokens.voidOutstanding(accountId, -1L, clock.instant());
	}

	/** The token, if it exists for this purpose, is unused and has not expired. */
	public Optional<AccountToken> usable(String token, Purpose purpose) {
		if (token.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(sha256(token))
			.filter(t -> t.getPurpose() == purpose)
			.filter(t -> t.isUsableAt(clock.instant()));
	}

	public static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
