package org.cohesion.portal.casework.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.cohesion.portal.casework.crypto.CaseworkKeyset;
import org.cohesion.portal.casework.crypto.ChainMac;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTests {

	private final CaseworkKeyset keyset = CaseworkKeyset.generate();

	private final AuditChain chain = new AuditChain(new ChainMac(keyset));

	private final List<AuditEntry> entries = new ArrayList<>();

	private long headSeq;

	private byte[] headLast = AuditChain.GENESIS;

	private byte[] headTag;

	private void append(String actor, String action, String record) {
		long seq = entries.size() + 1;
		byte[] previous = entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).tag();
		AuditEntry unsigned = new AuditEntry(seq, Instant.parse("2026-12-03T10:15:30.123456Z").plusSeconds(seq), 7L,
				actor, "GESTIONNAIRE_CAS", "CR-POR", "10.0.0.1", action, "person", record, "identité", null, previous,
				new byte[0]);
		AuditEntry signed = withTag(unsigned, chain.tag(unsigned));
		entries.add(signed);
		headSeq = seq;
		headLast = signed.tag();
		headTag = chain.headTag(seq, signed.tag());
	}

	private static AuditEntry withTag(AuditEntry e, byte[] tag) {
		return new AuditEntry(e.seq(), e.at(), e.actorId(), e.actor(), e.actorRole(), e.actorOrg(), e.ip(), e.action(),
				e.recordType(), e.recordRef(), e.detail(), e.grantRef(), e.prevTag(), tag);
	}

	private AuditVerification verify() {
		return chain.verify(entries.iterator(), headSeq, headLast, headTag);
	}

	@Test
	void anUntouchedChainVerifies() {
		assertThat(chain.verify(List.<AuditEntry>of().iterator(), 0, AuditChain.GENESIS, null).intact()).isTrue();
		for (int i = 0; i < 5; i++) {
			append("awa.gestionnaire", "VIEW", "MNR-2026-POR-0000" + i);
		}
		assertThat(verify()).isEqualTo(new AuditVerification(true, 5, null, null));
	}

	@Test
	void aRewrittenEntryIsFoundEvenWhenItsPlainHashIsRecomputed() {
		for (int i = 0; i < 4; i++) {
			append("awa.gestionnaire", "VIEW", "MNR-2026-POR-0000" + i);
		}
		AuditEntry original = entries.get(1);
		entries.set(1, new AuditEntry(original.seq(), original.at(), original.actorId(), "quelqu.un.autre",
				original.actorRole(), original.actorOrg(), original.ip(), original.action(), original.recordType(),
				original.recordRef(), original.detail(), null, original.prevTag(), original.tag()));

		assertThat(verify())
			.extracting(AuditVerification::intact, AuditVerification::brokenAt, AuditVerification::problem)
			.containsExactly(false, 2L, "altered");
	}

	@Test
	void aChainResignedWithAnotherKeyIsRefused() {
		append("awa.gestionnaire", "VIEW", "MNR-2026-POR-00001");
		AuditChain forger = new AuditChain(new ChainMac(CaseworkKeyset.generate()));
		AuditEntry forged = withTag(entries.get(0), forger.tag(entries.get(0)));
		entries.set(0, forged);
		headLast = forged.tag();
		headTag = forger.headTag(1, forged.tag());

		assertThat(verify().intact()).isFalse();
		assertThat(verify().brokenAt()).isEqualTo(1L);
	}

	@Test
	void aRemovedEntryInTheMiddleOrAtTheEndIsFound() {
		for (int i = 0; i < 5; i++) {
			append("awa.gestionnaire", "VIEW", "MNR-2026-POR-0000" + i);
		}
		List<AuditEntry> all = List.copyOf(entries);

		entries.remove(2);
		assertThat(verify()).extracting(AuditVerification::brokenAt, AuditVerification::problem)
			.containsExactly(3L, "missing");

		entries.clear();
		entries.addAll(all.subList(0, 3));
		assertThat(verify()).extracting(AuditVerification::intact, AuditVerification::problem)
			.containsExactly(false, "truncated");

		// moving the head back to the new last entry needs the key
		headSeq = 3;
		headLast = all.get(2).tag();
		assertThat(verify()).extracting(AuditVerification::intact, AuditVerification::problem)
			.containsExactly(false, "head");
	}

}
