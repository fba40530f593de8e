package org.cohesion.portal.casework.casefile;

import java.util.List;

import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The case file's encrypted columns, for the re-encryption job after a key rotation. */
@Configuration(proxyBeanMethods = false)
class CaseFileStorage {

	@Bean
	EncryptedTable caseEncryptedColumns() {
		return new EncryptedTable("mnr_case", "ref",
				List.of("cas_reason_for_closure", "risk_note", "needs_note", "child_best_interests", "child_guardian"));
	}

	@Bean
	EncryptedTable caseNoteEncryptedColumns() {
		return new EncryptedTable("mnr_case_note", "ref", List.of("body"));
	}

	@Bean
	EncryptedTable caseAttachmentEncryptedColumns() {
		return new EncryptedTable("mnr_case_attachment", "ref", List.of("file_name", "description"));
	}

	@Bean
	EncryptedTable casePerpetratorEncryptedColumns() {
		return new EncryptedTable("mnr_case_perpetrator", "ref", List.of("per_role_details"));
	}

}
