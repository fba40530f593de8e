package org.cohesion.portal.casework;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cohesion.portal.casework.staff.CaseworkPermission.AUDIT_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_CREATE;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_EDIT;
import static org.cohesion.portal.casework.staff.CaseworkPermission.PERSON_READ;
import static org.cohesion.portal.casework.staff.CaseworkPermission.RECORD_EXPORT;
import static org.cohesion.portal.casework.staff.CaseworkPermission.STATISTICS_READ;

/** The role × permission matrix: its rules, and the same table in docs/SECURITY.md. */
class CaseworkPermissionMatrixTests {

	@Test
	void onlyTheAdministratorManagesAndTheAdministratorSeesNoCase() {
		for (CaseworkRole role : CaseworkRole.values()) {
			boolean administrator = role == CaseworkRole.ADMINISTRATEUR_MNR;
			assertThat(role.permits(CaseworkPermission.USERS_MANAGE)).as(role.name()).isEqualTo(administrator);
			assertThat(role.permits(CaseworkPermission.ORGANISATIONS_MANAGE)).as(role.name()).isEqualTo(administrator);
			assertThat(role.permits(CaseworkPermission.KEYS_MANAGE)).as(role.name()).isEqualTo(administrator);
		}
		assertThat(CaseworkRole.ADMINISTRATEUR_MNR.permissions()).doesNotContain(PERSON_READ, PERSON_EDIT,
				PERSON_CREATE, RECORD_EXPORT, STATISTICS_READ, AUDIT_READ);
	}

	@Test
	void theAnalystSeesAggregatesOnlyAndTheAuditorTheTrailOnly() {
		assertThat(CaseworkRole.ANALYSTE.permissions()).containsExactly(STATISTICS_READ);
		assertThat(CaseworkRole.AUDITEUR.permissions()).containsExactly(AUDIT_READ);
		assertThat(CaseworkRole.PRESTATAIRE.permissions()).containsExactlyInAnyOrder(PERSON_READ,
				CaseworkPermission.DIRECTORY_READ, CaseworkPermission.CAPACITY_UPDATE,
				CaseworkPermission.REFERRAL_ANSWER);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.REFERRAL_OVERRIDE)))
			.containsExactly(CaseworkRole.SUPERVISEUR);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.CAPACITY_UPDATE)))
			.containsExactly(CaseworkRole.PRESTATAIRE);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.CASE_CLOSE_REQUEST)))
			.containsExactlyInAnyOrder(CaseworkRole.GESTIONNAIRE_CAS, CaseworkRole.SUPERVISEUR);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.CASE_CLOSE_APPROVE)))
			.as("a closure is approved, and a case reopened, by a supervisor only")
			.containsExactly(CaseworkRole.SUPERVISEUR);
	}

	@Test
	void onlyCaseWorkersAndSupervisorsMayBreakTheGlassAndOnlySupervisorsReviewAndExport() {
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.BREAK_GLASS)))
			.containsExactlyInAnyOrder(CaseworkRole.GESTIONNAIRE_CAS, CaseworkRole.SUPERVISEUR);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.BREAK_GLASS_REVIEW)))
			.containsExactly(CaseworkRole.SUPERVISEUR);
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(RECORD_EXPORT)))
			.containsExactly(CaseworkRole.SUPERVISEUR);
	}

	@Test
	void onlyCaseWorkersAndSupervisorsPrintACaseFileForTheProsecutor() {
		// which case (its owner, or a supervisor of its cell) is CaseFiles.forDossier's
		// rule
		assertThat(Arrays.stream(CaseworkRole.values()).filter(r -> r.permits(CaseworkPermission.CASE_EXPORT)))
			.containsExactlyInAnyOrder(CaseworkRole.GESTIONNAIRE_CAS, CaseworkRole.SUPERVISEUR);
	}

	@Test
	void securityMdShowsTheMatrixTheCodeEnforces() throws IOException {
		String doc = Files.readString(Path.of("docs/SECURITY.md"));
		assertThat(doc).contains(table());
	}

	/** The Markdown table of the matrix, as docs/SECURITY.md must show it. */
	static String table() {
		StringBuilder table = new StringBuilder("| permission | "
				+ Arrays.stream(CaseworkRole.values()).map(Enum::name).collect(Collectors.joining(" | ")) + " |\n");
		table.append("|---".repeat(CaseworkRole.values().length + 1)).append("|\n");
		for (CaseworkPermission permission : CaseworkPermission.values()) {
			table.append("| ")
				.append(permission.authority())
				.append(" | ")
				.append(Arrays.stream(CaseworkRole.values())
					.map(role -> role.permits(permission) ? "✔" : "")
					.collect(Collectors.joining(" | ")))
				.append(" |\n");
		}
		return table.toString();
	}

}
