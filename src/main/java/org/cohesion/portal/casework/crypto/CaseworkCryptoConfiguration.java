package org.cohesion.portal.casework.crypto;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The casework keyset, read once at start-up ({@code PORTAL_CASEWORK_KEYSET} or
 * {@code PORTAL_CASEWORK_KEYSET_FILE}; demo mode: generated under
 * {@code ./data/casework-keys}), and the primitives made from it.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkCryptoConfiguration {

	@Bean
	CaseworkKeyset caseworkKeyset(@Value("${portal.casework.keyset:}") String json,
			@Value("${portal.casework.keyset-file:}") String file, @Value("${portal.demo.enabled:false}") boolean demo,
			@Value("${portal.casework.demo-key-directory:./data/casework-keys}") String demoDirectory) {
		return KeysetSource.load(json, file, demo, Path.of(demoDirectory));
	}

	@Bean
	FieldCipher caseworkFieldCipher(CaseworkKeyset keyset) {
		return new FieldCipher(keyset);
	}

	@Bean
	BlindIndex caseworkBlindIndex(CaseworkKeyset keyset) {
		return new BlindIndex(keyset);
	}

	@Bean
	ChainMac caseworkChainMac(CaseworkKeyset keyset) {
		return new ChainMac(keyset);
	}

	@Bean
	CaseworkFiles caseworkFiles(@Value("${portal.casework.files:./data/casework-files}") String root,
			FieldCipher cipher) {
		return new CaseworkFiles(Path.of(root), cipher);
	}

}
