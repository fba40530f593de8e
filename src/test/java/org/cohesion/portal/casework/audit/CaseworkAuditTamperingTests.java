package org.cohesion.portal.casework.audit;

import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.CaseworkStaff;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cohesion.portal.casework.CaseworkStaff.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone with write access to the casework database tampers with the audit by SQL: an
 * entry rewritten, the tail deleted, the head moved back. The auditeur's verification
 * finds each one; on PostgreSQL the statements are refused outright unless the triggers
 * are bypassed (which the application's user cannot do).
 */
@IntegrationTest
class CaseworkAuditTamperingTests {

	@Autowired
	CaseworkAudit audit;

	@Autowired
	@Qualifier("caseworkJdbcTemplate")
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	/** Runs SQL as a table owner would, with triggers off on PostgreSQL. */
	private void asOwner(String sql, Object... arguments) {
		jdbc.execute((ConnectionCallback<Void>) connection -> {
			if (TestDatabase.postgresql()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set session_replication_role = replica");
				}
			}
			try (var statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < arguments.length; i++) {
					statement.setObject(i + 1, arguments[i]);
				}
				statement.executeUpdate();
			}
			finally {
				if (TestDatabase.postgresql()) {
					try (Statement statement = connection.createStatement()) {
						statement.execute("set session_replication_role = origin");
					}
				}
			}
			return null;
		});
	}

	@Test
	void rewrittenEntriesADeletedTailAndAHeadMovedBackAreAllFound() throws Exception {
		Caseworker auditor = new CaseworkStaff(jdbc).user(CaseworkRole.AUDITEUR, "DLTP");
		Caseworker worker = new CaseworkStaff(jdbc).user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		for (int i = 1; i <= 6; i++) {
			audit.record(worker, "10.1.2.3",
					AuditEvent.of(AuditAction.VIEW, "person", "MNR-2026-POR-0000" + i, "fiche complète"));
		}
		assertThat(audit.verify().intact()).isTrue();
		long last = jdbc.queryForObject("select max(seq) from mnr_audit", Long.class);

		// 1. an entry rewritten: who read the record is changed
		long target = last - 3;
		String actor = jdbc.queryForObject("select actor from mnr_audit where seq = ?", String.class, target);
		asOwner("update mnr_audit set actor = 'quelqu.un.autre' where seq = ?", target);
		AuditVerification rewritten = audit.verify();
		assertThat(rewritten.intact()).isFalse();
		assertThat(rewritten.brokenAt()).isEqualTo(target);
		assertThat(rewritten.problem()).isEqualTo("altered");
		mvc.perform(post("/mnr/journal/verification").with(as(auditor)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Chaîne rompue à l’entrée n° " + target)));
		asOwner("update mnr_audit set actor = ? where seq = ?", actor, target);
		assertThat(audit.verify().intact()).as("put back as it was").isTrue();

		// 2. the tail deleted: the last two entries disappear
		last = jdbc.queryForObject("select max(seq) from mnr_audit", Long.class);
		List<Map<String, Object>> tail = jdbc.queryForList("select * from mnr_audit where seq > ? order by seq",
				last - 2);
		asOwner("delete from mnr_audit where seq > ?", last - 2);
		AuditVerification truncated = audit.verify();
		assertThat(truncated.intact()).isFalse();
		assertThat(truncated.problem()).isEqualTo("truncated");

		// 3. ... and the head moved back onto the new last entry: its tag needs the key
		Map<String, Object> head = jdbc
			.queryForMap("select last_seq, last_tag, head_tag from mnr_audit_head where id = 1");
		byte[] newLastTag = jdbc.queryForObject("select tag from mnr_audit where seq = ?", byte[].class, last - 2);
		asOwner("update mnr_audit_head set last_seq = ?, last_tag = ? where id = 1", last - 2, newLastTag);
		assertThat(audit.verify().problem()).isEqualTo("head");

		// 4. a forged entry appended after it, with a tag made without the key
		asOwner("insert into mnr_audit (seq, at, actor, actor_role, actor_org, action, record_type, detail, prev_tag,"
				+ " tag) values (?, current_timestamp, 'x', 'AUDITEUR', 'DLTP', 'VIEW', 'person', 'x', ?, ?)", last - 1,
				newLastTag, new byte[37]);
		assertThat(audit.verify().intact()).isFalse();
		asOwner("delete from mnr_audit where seq = ?", last - 1);
		for (Map<String, Object> row : tail) {
			asOwner("insert into mnr_audit (seq, at, actor_id, actor, actor_role, actor_org, ip, action, record_type,"
					+ " record_ref, detail, grant_ref, prev_tag, tag) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					row.get("seq"), row.get("at"), row.get("actor_id"), row.get("actor"), row.get("actor_role"),
					row.get("actor_org"), row.get("ip"), row.get("action"), row.get("record_type"),
					row.get("record_ref"), row.get("detail"), row.get("grant_ref"), row.get("prev_tag"),
					row.get("tag"));
		}
		asOwner("update mnr_audit_head set last_seq = ?, last_tag = ?, head_tag = ? where id = 1", head.get("last_seq"),
				head.get("last_tag"), head.get("head_tag"));
		assertThat(audit.verify().intact()).as("everything put back").isTrue();
	}

	@Test
	void onPostgresqlTheApplicationCannotRewriteOrDeleteTheAudit() {
		org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.postgresql(), "triggers exist on PostgreSQL only");
		audit.record(null, null, AuditEvent.of(AuditAction.KEY_OPERATION, "keys", null, "test"));
		assertThatThrownBy(() -> jdbc.update("update mnr_audit set actor = 'x'")).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("delete from mnr_audit")).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.execute("truncate mnr_audit")).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("update mnr_audit_head set last_seq = 0")).hasMessageContaining("forward");
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void theAuditeurFiltersByPersonRecordAndPeriod() throws Exception {
		Caseworker auditor = new CaseworkStaff(jdbc).user(CaseworkRole.AUDITEUR, "DLTP");
		Caseworker worker = new CaseworkStaff(jdbc).user(CaseworkRole.GESTIONNAIRE_CAS, "CR-POR");
		audit.record(worker, "10.9.9.9", AuditEvent.of(AuditAction.VIEW, "person", "MNR-2026-POR-00777", "photo"));
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Africa/Abidjan")).toString();

		mvc.perform(get("/mnr/journal").param("acteur", worker.username()).with(as(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("MNR-2026-POR-00777")));
		mvc.perform(get("/mnr/journal").param("dossier", "MNR-2026-POR-00777")
			.param("du", today)
			.param("au", today)
			.with(as(auditor))).andExpect(content().string(org.hamcrest.Matchers.containsString("10.9.9.9")));
		mvc.perform(
				get("/mnr/journal").param("dossier", "MNR-2026-POR-00777").param("au", "2020-01-01").with(as(auditor)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("10.9.9.9"))));
		mvc.perform(get("/mnr/journal").with(as(worker))).andExpect(status().isNotFound());
	}

}
