package org.cohesion.portal.audit;

import java.nio.file.Path;

import org.cohesion.portal.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The audit key and checkpoint, and the check of the chain that runs by itself: once the
 * application is ready, then every {@code portal.audit.verify-every}. A broken chain is
 * logged at ERROR and shown to administrators on every back-office page.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

	@Bean
	AuditKey auditKey(@Value("${portal.audit.key:}") String key,
			@Value("${portal.audit.demo-key-file:./data/audit/demo.key}") Path demoKeyFile,
			PlatformProperties platform) {
		if (!key.isBlank()) {
			return AuditKey.fromBase64(key);
		}
		if (platform.demo().enabled()) {
			log.warn("{} is not set: demo mode chains the audit trail with a key generated into {}", AuditKey.VARIABLE,
					demoKeyFile.toAbsolutePath());
			return AuditKey.demo(demoKeyFile);
		}
		throw new IllegalStateException(AuditKey.VARIABLE + " is not set. It keys the audit trail's chain (HMAC) and "
				+ "must come from the environment outside demo mode, never from the database: generate it with "
				+ "`openssl rand -base64 32` (see docs/OPERATIONS.md).");
	}

	@Bean
	AuditCheckpoint auditCheckpoint(AuditKey key,
			@Value("${portal.audit.checkpoint-file:./data/audit/checkpoint}") Path file) {
		return new AuditCheckpoint(file, key);
	}

	@Bean
	ChainWatch auditChainWatch(AuditService audit) {
		return new ChainWatch(audit);
	}

	/** Checks the chain by itself and says so loudly when it is broken. */
	static final class ChainWatch {

		private final AuditService audit;

		ChainWatch(AuditService audit) {
			this.audit = audit;
		}

		@EventListener(ApplicationReadyEvent.class)
		void atStartUp() {
			audit.ensureKeyed();
			check();
		}

		@Scheduled(fixedDelayString = "${portal.audit.verify-every:PT1H}",
				initialDelayString = "${portal.audit.verify-every:PT1H}")
		void check() {
			AuditVerification result = audit.verify();
			if (result.intact()) {
				log.info("Audit chain intact ({} entries); checkpoint {}", result.checked(), audit.checkpointLine());
			}
			else {
				log.error(
						"AUDIT CHAIN BROKEN at entry {} ({} entries verified before it): entries were altered, "
								+ "removed or cut off. See docs/SECURITY.md.",
						result.firstBrokenSequence(), result.checked());
			}
		}

	}

}
