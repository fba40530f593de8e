package org.cohesion.portal.casework.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At start-up, proves that this node holds the keys the casework database was written
 * with: a known text encrypted, indexed and MAC'd at the first start is checked again. A
 * node with another keyset stops here, before it writes anything it could not read back.
 */
@Component
@DependsOn("caseworkFlywayInitializer")
public class KeyCanary implements InitializingBean {

	static final String TEXT = "MNR canary v1";

	static final FieldBinding BINDING = new FieldBinding("mnr_key_canary", "ciphertext", "1");

	private static final Logger log = LoggerFactory.getLogger(KeyCanary.class);

	private final JdbcTemplate jdbc;

	private final FieldCipher cipher;

	private final BlindIndex index;

	private final ChainMac mac;

	private final Clock clock;

	KeyCanary(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, FieldCipher cipher, BlindIndex index, ChainMac mac,
			Clock clock) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.index = index;
		this.mac = mac;
		this.clock = clock;
	}

	@Override
	public void afterPropertiesSet() {
		check();
	}

	/**
	 * @throws WrongKeyException when the keyset is not the one the database was written
	 * with
	 */
	public void check() {
		List<byte[][]> rows = jdbc.query("select ciphertext, index_probe, mac_probe from mnr_key_canary where id = 1",
				(rs, row) -> new byte[][] { rs.getBytes(1), rs.getBytes(2), rs.getBytes(3) });
		byte[] text = TEXT.getBytes(StandardCharsets.UTF_8);
		if (rows.isEmpty()) {
			jdbc.update(
					"insert into mnr_key_canary (id, ciphertext, index_probe, mac_probe, created_at) values (1, ?, ?, ?, ?)",
					cipher.encryptBytes(text, BINDING), index.of("canary", TEXT), mac.tag(text),
					Timestamp.from(clock.instant()));
			log.info("Casework keys: canary written (first start on this database)");
			return;
		}
		byte[][] canary = rows.get(0);
		try {
			if (!MessageDigest.isEqual(cipher.decryptBytes(canary[0], BINDING), text)) {
				throw new WrongKeyException("encryption");
			}
		}
		catch (FieldCipher.UndecryptableException ex) {
			throw new WrongKeyException("encryption (aead)");
		}
		if (!MessageDigest.isEqual(index.of("canary", TEXT), canary[1])) {
			throw new WrongKeyException("blind index (index)");
		}
		if (!mac.verify(canary[2], text)) {
			throw new WrongKeyException("audit (audit)");
		}
		log.info("Casework keys: canary checked");
	}

	/** Re-encrypts the canary with the primary key (rotation); true if it was needed. */
	public boolean reencrypt() {
		byte[] stored = jdbc.queryForObject("select ciphertext from mnr_key_canary where id = 1", byte[].class);
		if (stored == null || !cipher.needsReencryption(stored)) {
			return false;
		}
		jdbc.update("update mnr_key_canary set ciphertext = ? where id = 1", cipher.reencrypt(stored, BINDING));
		return true;
	}

	/** Stops the node: the message says what to check, never a key. */
	public static class WrongKeyException extends IllegalStateException {

		WrongKeyException(String which) {
			super("The casework keyset does not match this casework database: its " + which + " key cannot read the "
					+ "canary written at the first start. The node stops rather than write data it could not read "
					+ "back. Check PORTAL_CASEWORK_KEYSET / PORTAL_CASEWORK_KEYSET_FILE (the keyset of this database, "
					+ "all its keys kept during a rotation) and see docs/OPERATIONS.md, \"Casework keys\".");
		}

	}

}
