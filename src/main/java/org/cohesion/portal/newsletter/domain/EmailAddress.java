package org.cohesion.portal.newsletter.domain;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address as the newsletter keeps it: the local part in Unicode (NFC, lower case), the
 * domain in its ASCII form ({@code côte-ivoire.example} → {@code xn--cte-ivoire-…}), so
 * that one mailbox has one spelling and any relay can route the domain. A local part
 * outside ASCII ({@code élodie@…}, RFC 6531) needs a relay that speaks SMTPUTF8:
 * {@link #needsUtf8()}.
 */
public record EmailAddress(String local, String domain) {

	private static final Pattern ASCII_ATEXT = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]");

	private static final Pattern HOST = Pattern
		.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

	/** Empty when the text is not an address one can write to. */
	public static Optional<EmailAddress> parse(String text) {
		String address = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1 || address.length() > 254) {
			return Optional.empty();
		}
		String local = address.substring(0, at).toLowerCase(Locale.ROOT);
		if (local.length() > 64 || !dotAtom(local)) {
			return Optional.empty();
		}
		String domain;
		try {
			domain = IDN.toASCII(address.substring(at + 1), IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (domain.length() > 253 || local.length() + 1 + domain.length() > 254 || !HOST.matcher(domain).matches()) {
			return Optional.empty();
		}
		return Optional.of(new EmailAddress(local, domain));
	}

	/** Atoms of letters, digits and the usual symbols, separated by single dots. */
	private static boolean dotAtom(String local) {
		if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
			return false;
		}
		return local.codePoints()
			.allMatch(c -> c == '.' || (c < 0x80 ? ASCII_ATEXT.matcher(Character.toString(c)).matches()
					: Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
							|| Character.getType(c) == Character.COMBINING_SPACING_MARK));
	}

	/** Whether the local part holds anything outside ASCII. */
	public boolean needsUtf8() {
		return local.chars().anyMatch(c -> c >= 0x80);
	}

	@Override
	public String toString() {
		return local + "@" + domain;
	}

}
