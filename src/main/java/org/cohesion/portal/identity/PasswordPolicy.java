package org.cohesion.portal.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;

/**
 * At least 12 characters, not on the list of common passwords, not the e-mail address.
 * Length beats complexity rules (NIST SP 800-63B): no forced mix of character classes.
 * The same rules for every user store; the messages keys are {@code password.*}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	private final Set<String> common = new HashSet<>();

	public PasswordPolicy() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.forEach(line -> common.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The message key of the first problem, if the password is refused. */
	public Optional<String> check(String password, String email) {
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("password.common");
		}
		if (!email.isBlank() && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0])) {
			return Optional.of("password.containsEmail");
		}
		return Optional.empty();
	}

}
