package org.cohesion.portal.casework.consent;

import java.util.List;

import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The consent notes are ciphertexts: re-encrypted after a key rotation. */
@Configuration(proxyBeanMethods = false)
class ConsentStorage {

	@Bean
	EncryptedTable consentEncryptedColumns() {
		return new EncryptedTable("mnr_consent", "ref", List.of("note"));
	}

}
