package org.cohesion.portal.audit;

import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain detects an altered, a removed and a truncated entry; appends stay chained.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditEntryRepository entries;

	long first;

	@BeforeEach
	void fiveEntries() {
		first = jdbc.queryForObject("select last_sequence from audit_head where id = 1", Long.class) + 1;
		for (int i = 1; i <= 5; i++) {
			int n = i;
			transactions
				.executeWithoutResult(status -> audit.record("editeur@test.example", "10.0.0." + n, "ARTICLE_PUBLISHED",
						"article", String.valueOf(n), "Actualité n° " + n + " publiée", "DRAFT", "PUBLISHED"));
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void anAlteredEntryIsDetectedWhereItWasAltered() {
		jdbc.update("update audit_entry set summary = 'Rien à signaler' where sequence = ?", first + 2);

		AuditVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(first + 2);
	}

	@Test
	void aRemovedEntryIsDetected() {
		jdbc.update("delete from audit_entry where sequence = ?", first + 1);

		AuditVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(first + 2);
	}

	@Test
	void removingTheLastEntriesIsDetectedToo() {
		jdbc.update("delete from audit_entry where sequence >= ?", first + 3);

		assertThat(audit.verify().intact()).isFalse();
	}

	@Test
	void aForgedEntryWithARecomputedHashStillBreaksTheChain() {
		// Someone with database access rewrites an entry and recomputes its own hash: the
		// entry looks valid on
		// its own, but the next entry's link no longer matches.
		AuditEntry original = entries.findById(first + 1).orElseThrow();
		AuditEntry forged = new AuditEntry(original.getSequence(), original.getOccurredAt(),
				"quelquun@ailleurs.example", original.getIp(), original.getAction(), original.getTargetType(),
				original.getTargetId(), original.getSummary(), original.getBeforeState(), original.getAfterState(),
				original.getPreviousHash());
		jdbc.update("update audit_entry set actor = ?, hash = ? where sequence = ?", forged.getActor(),
				forged.getHash(), first + 1);

		assertThat(audit.verify().firstBrokenSequence()).isEqualTo(first + 2);
	}

	/** The tests share one database: start the trail afresh for the next test. */
	@AfterEach
	void restoreIntegrity() {
		jdbc.update("delete from audit_entry");
		jdbc.update("update audit_head set last_sequence = 0, last_hash = ? where id = 1", "0".repeat(64));
	}

}
