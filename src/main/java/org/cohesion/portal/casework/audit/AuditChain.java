package org.cohesion.portal.casework.audit;

import java.security.MessageDigest;
import java.util.Iterator;

import org.cohesion.portal.casework.crypto.ChainMac;
import org.jspecify.annotations.Nullable;

/**
 * The chain's rules, apart from any database: each entry's tag is the keyed MAC of its
 * content and the previous entry's tag; the head names the last entry under the same key.
 * Whoever rewrites an entry must recompute every later tag and the head's, which needs
 * the key.
 */
final class AuditChain {

	static final byte[] GENESIS = new byte[0];

	private final ChainMac mac;

	AuditChain(ChainMac mac) {
		this.mac = mac;
	}

	byte[] tag(AuditEntry entry) {
		return mac.tag(entry.signedContent());
	}

	byte[] headTag(long lastSeq, byte[] lastTag) {
		return mac.tag(AuditEntry.headContent(lastSeq, lastTag));
	}

	/**
	 * @param entries every entry in sequence order
	 * @param headSeq the head's last sequence
	 * @param headLastTag the head's last tag
	 * @param headTag the head's own tag (null only before the first entry)
	 */
	AuditVerification verify(Iterator<AuditEntry> entries, long headSeq, byte[] headLastTag,
			byte @Nullable [] headTag) {
		long expected = 1;
		byte[] previous = GENESIS;
		long checked = 0;
		while (entries.hasNext()) {
			AuditEntry entry = entries.next();
			if (entry.seq() != expected) {
				return AuditVerification.broken(checked, expected, "missing");
			}
			if (!MessageDigest.isEqual(entry.prevTag(), previous)) {
				return AuditVerification.broken(checked, entry.seq(), "link");
			}
			if (!mac.verify(entry.tag(), entry.signedContent())) {
				return AuditVerification.broken(checked, entry.seq(), "altered");
			}
			previous = entry.tag();
			expected++;
			checked++;
		}
		boolean headSigned = headSeq == 0 ? headTag == null || mac.verify(headTag, AuditEntry.headContent(0, GENESIS))
				: headTag != null && mac.verify(headTag, AuditEntry.headContent(headSeq, headLastTag));
		if (!headSigned) {
			return AuditVerification.broken(checked, checked + 1, "head");
		}
		if (headSeq != checked || !MessageDigest.isEqual(headLastTag, previous)) {
			// entries were removed from the end, or the head was moved back
			return AuditVerification.broken(checked, checked + 1, "truncated");
		}
		return AuditVerification.ok(checked);
	}

}
