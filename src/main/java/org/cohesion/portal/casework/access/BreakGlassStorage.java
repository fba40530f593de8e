package org.cohesion.portal.casework.access;

import java.util.List;

import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The break-the-glass reasons are ciphertexts too: re-encrypted after a rotation. */
@Configuration(proxyBeanMethods = false)
class BreakGlassStorage {

	@Bean
	EncryptedTable breakGlassEncryptedColumns() {
		return new EncryptedTable("mnr_break_glass", "ref", List.of("reason"));
	}

}
