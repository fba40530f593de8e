package org.cohesion.portal.casework.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import org.cohesion.portal.casework.config.CaseworkProperties;
import org.cohesion.portal.identity.PasswordPolicy;
import org.cohesion.portal.identity.RecoveryCodes;
import org.cohesion.portal.identity.SecondFactorCheck;
import org.cohesion.portal.identity.SecretSealer;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The casework's instances of the shared sign-in core ({@code identity}): its own
 * password encoder, its own key for second-factor secrets
 * ({@code PORTAL_CASEWORK_SIGNIN_KEY}, never the portal's), its own throttle buckets.
 * Held together in one bean rather than as beans of their own, so that a node running
 * both sides never hands the portal's accounts the casework's instances (or the reverse).
 */
public final class CaseworkIdentity {

	static final String KEY_VARIABLE = "PORTAL_CASEWORK_SIGNIN_KEY";

	private static final Logger log = LoggerFactory.getLogger(CaseworkIdentity.class);

	private final PasswordEncoder passwords = newPasswordEncoder();

	private final PasswordPolicy policy = new PasswordPolicy();

	private final SecondFactorCheck secondFactors;

	private final SignInThrottle throttle;

	/**
	 * A hash to compare against when the user does not exist: the same time either way.
	 */
	private final String unknownUserHash;

	CaseworkIdentity(CaseworkProperties properties, PlatformProperties platform, RateLimits limits, Clock clock) {
		this.secondFactors = new SecondFactorCheck(sealer(properties, platform), new RecoveryCodes(passwords), clock);
		this.throttle = new SignInThrottle(limits, "casework");
		this.unknownUserHash = passwords.encode("unknown-user-" + new SecureRandom().nextLong());
	}

	private static SecretSealer sealer(CaseworkProperties properties, PlatformProperties platform) {
		String key = properties.signinKey();
		if (!key.isBlank()) {
			return SecretSealer.fromKey(KEY_VARIABLE, key);
		}
		if (platform.demo().enabled()) {
			return SecretSealer.fromKey(KEY_VARIABLE, demoKey(Path.of(properties.demoKeyDirectory())));
		}
		throw new IllegalStateException(KEY_VARIABLE + " is not set. It seals the casework users' second-factor "
				+ "secrets and must come from the environment outside demo mode: generate one with "
				+ "`openssl rand -base64 32` and keep it apart from the database backups (see docs/OPERATIONS.md).");
	}

	/**
	 * Demo mode only: a key generated once into the demo key folder, kept across
	 * restarts.
	 */
	private static String demoKey(Path directory) {
		Path file = directory.resolve("signin.key");
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(directory);
				byte[] key = new byte[32];
				new SecureRandom().nextBytes(key);
				Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// not a POSIX file system: the folder's own permissions apply
				}
				log.warn("Demo mode: the casework sign-in key was generated into {}", file.toAbsolutePath());
			}
			return Files.readString(file, StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the demo sign-in key " + file, ex);
		}
	}

	/**
	 * The encoder of casework passwords (also what the demo's stored hashes are checked
	 * with).
	 */
	static PasswordEncoder newPasswordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The casework users' password encoder (adaptive, salted). */
	public PasswordEncoder passwords() {
		return passwords;
	}

	public PasswordPolicy policy() {
		return policy;
	}

	SecondFactorCheck secondFactors() {
		return secondFactors;
	}

	SignInThrottle throttle() {
		return throttle;
	}

	/** Compares with a stored hash, or with a throw-away one when there is no user. */
	boolean passwordMatches(String typed, String storedHash) {
		return passwords.matches(typed, storedHash);
	}

	void spendTimeForUnknownUser(String typed) {
		passwords.matches(typed, unknownUserHash);
	}

}
