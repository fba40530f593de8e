package org.cohesion.portal.audit;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chain detects an altered, a removed and a truncated entry, a rewrite without the
 * key, and a cut-off end with the head moved back (through the checkpoint kept outside
 * the database); appends stay chained. Real HMAC, real files.
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

	@Autowired
	AuditCheckpoint checkpoint;

	@Autowired
	AuditConfiguration.ChainWatch watch;

	@Autowired
	AuditService service;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	long first;

	@BeforeEach
	void fiveEntries() {
		service.ensureKeyed();
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

		// without the key, the recomputed hash of the entry itself no longer matches
		assertThat(audit.verify().firstBrokenSequence()).isEqualTo(first + 1);
	}

	@Test
	void rewritingAnEntryAndRechainingEverythingAfterItWithSha256IsDetected() {
		// the attack that passed the unkeyed chain: rewrite, then recompute every
		// following
		// link and the head with SHA-256
		rechainFrom(first + 2, "Rien à signaler");
		AuditVerification result = audit.verify();
		assertThat(result.intact()).isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(first + 2);
	}

	@Test
	void cuttingOffTheLastEntriesAndMovingTheHeadBackIsDetectedByTheCheckpoint() {
		AuditEntry kept = entries.findById(first + 2).orElseThrow();
		jdbc.update("delete from audit_entry where sequence > ?", first + 2);
		jdbc.update("update audit_head set last_sequence = ?, last_hash = ? where id = 1", kept.getSequence(),
				kept.getHash());
		AuditVerification result = audit.verify();
		assertThat(result.intact()).as("the table alone looks consistent; the checkpoint outside it does not")
			.isFalse();
		assertThat(result.firstBrokenSequence()).isEqualTo(first + 3);
		assertThat(checkpoint.read()).hasValueSatisfying(mark -> assertThat(mark.sequence()).isEqualTo(first + 4));
	}

	@Test
	void theJournalNamesEachActionInFrenchAndShowsAnUnknownOneAsRecorded() throws Exception {
		transactions.executeWithoutResult(status -> audit.record("editeur@test.example", "10.0.0.9", "SOMETHING_NEW",
				"article", "9", "Action sans libellé", null, null));
		var administrator = user(fixtures.editor(EditorialRole.ADMINISTRATEUR));
		mvc.perform(get("/admin/journal").with(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\">Actualité publiée</option>")))
			.andExpect(content().string(containsString("<td>Actualité publiée</td>")))
			.andExpect(content().string(containsString("<td>SOMETHING_NEW</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">ARTICLE_PUBLISHED<"))));
		mvc.perform(get("/admin/journal").param("action", "ARTICLE_PUBLISHED").with(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Actualité publiée</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>SOMETHING_NEW</td>"))));
	}

	/**
	 * Every action the portal's code records (the literal passed to {@code audit.record},
	 * and the two built from a name) has a label in both bundles, so the journal never
	 * shows a new one as a raw code by oversight.
	 */
	@Test
	void everyRecordedActionHasAFrenchAndAnEnglishLabel() throws Exception {
		java.util.regex.Pattern recorded = java.util.regex.Pattern.compile("audit\\.record\\([^;]*?\"([A-Z][A-Z_]+)\"",
				java.util.regex.Pattern.DOTALL);
		java.util.Set<String> actions = new java.util.TreeSet<>(java.util.List.of("NEWSLETTER_UNCERTAIN_REQUEUED",
				"NEWSLETTER_FAILED_REQUEUED", "ARTICLE_SUBMITTED", "ARTICLE_SCHEDULED", "ARTICLE_PUBLISHED",
				"ARTICLE_UNPUBLISHED", "ARTICLE_ARCHIVED", "ARTICLE_BACK_TO_DRAFT"));
		try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/cohesion/portal"))) {
			for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".java"))
				.filter(path -> !path.toString().contains("/casework/"))
				.toList()) {
				java.util.regex.Matcher matcher = recorded.matcher(java.nio.file.Files.readString(file));
				while (matcher.find()) {
					if (!matcher.group(1).endsWith("_")) {
						actions.add(matcher.group(1));
					}
				}
			}
		}
		assertThat(actions).hasSizeGreaterThan(60);
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			java.util.Properties labels = new java.util.Properties();
			try (var in = getClass().getResourceAsStream("/" + bundle)) {
				labels.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(actions).as(bundle)
				.allSatisfy(action -> assertThat(labels).containsKey("audit.action." + action));
		}
	}

	@Test
	void aBrokenChainIsShownToAdministratorsAndLoggedByTheWatchNotOnlyWrittenInTheTrail() throws Exception {
		var administrator = user(fixtures.editor(EditorialRole.ADMINISTRATEUR));
		watch.check();
		mvc.perform(get("/admin").with(administrator))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("n’est plus intègre"))));
		jdbc.update("update audit_entry set summary = 'Rien à signaler' where sequence = ?", first + 2);
		watch.check();
		assertThat(audit.lastCheck()).hasValueSatisfying(check -> assertThat(check.intact()).isFalse());
		mvc.perform(get("/admin").with(administrator))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("n’est plus intègre à partir de l’entrée n°\u00a0" + (first + 2))));
		mvc.perform(get("/admin").with(user(fixtures.editor(EditorialRole.REDACTEUR))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("n’est plus intègre"))));
	}

	@Test
	void theFirstEntriesUnderTheKeyAreMarkedAndTheCheckpointIsSigned() {
		assertThat(
				jdbc.queryForObject("select count(*) from audit_entry where action = 'AUDIT_CHAIN_KEYED'", Long.class))
			.isEqualTo(1);
		String line = service.checkpointLine();
		assertThat(line.split(" ")).hasSize(4);
		assertThat(line).startsWith((first + 4) + " ");
	}

	/** Rewrites an entry's summary and recomputes SHA-256 links from it to the head. */
	void rechainFrom(long sequence, String summary) {
		String previous = entries.findById(sequence - 1).map(AuditEntry::getHash).orElse(AuditEntry.genesis());
		long last = jdbc.queryForObject("select last_sequence from audit_head where id = 1", Long.class);
		for (long n = sequence; n <= last; n++) {
			AuditEntry original = entries.findById(n).orElseThrow();
			AuditEntry forged = new AuditEntry(n, original.getOccurredAt(), original.getActor(), original.getIp(),
					original.getAction(), original.getTargetType(), original.getTargetId(),
					n == sequence ? summary : original.getSummary(), original.getBeforeState(),
					original.getAfterState(), previous);
			jdbc.update("update audit_entry set summary = ?, previous_hash = ?, hash = ? where sequence = ?",
					forged.getSummary(), previous, forged.getHash(), n);
			previous = forged.getHash();
		}
		jdbc.update("update audit_head set last_hash = ? where id = 1", previous);
	}

	/**
	 * The tests share one database: start the trail afresh (keyed from its first entry)
	 * for the next test, with the checkpoint gone.
	 */
	@AfterEach
	void restoreIntegrity() throws Exception {
		jdbc.update("delete from audit_entry");
		jdbc.update("update audit_head set last_sequence = 0, last_hash = ?, keyed_from = null where id = 1",
				"0".repeat(64));
		checkpoint.forget();
		audit.verify();
	}

}
