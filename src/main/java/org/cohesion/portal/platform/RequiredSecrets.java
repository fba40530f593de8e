package org.cohesion.portal.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the HMAC keys of signed forms and newsletter links must come from
 * the environment: a key made up per process would break every link at each restart and
 * differ between nodes. Start-up stops with the list of what is missing. (The accounts'
 * and the audit trail's keys are checked where they are used.)
 */
@Component
class RequiredSecrets {

	/** Variable → property, for the modules of the portal side. */
	static final Map<String, String> PORTAL_SECRETS = new LinkedHashMap<>();

	static {
		PORTAL_SECRETS.put("PORTAL_FORM_SECRET", "portal.forms.secret");
		PORTAL_SECRETS.put("PORTAL_NEWSLETTER_SECRET", "portal.newsletter.secret");
	}

	RequiredSecrets(Environment environment, PlatformProperties platform) {
		List<String> missing = missing(environment, platform);
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Missing secret(s) " + String.join(", ", missing)
					+ ": outside demo mode they must be set in the environment (32+ random bytes each, e.g. "
					+ "`openssl rand -base64 32`, the same on every node). See docs/OPERATIONS.md.");
		}
	}

	static List<String> missing(Environment environment, PlatformProperties platform) {
		List<String> missing = new ArrayList<>();
		if (platform.demo().enabled() || !Role.parse(platform.role()).runsModule("newsletter")) {
			return missing;
		}
		PORTAL_SECRETS.forEach((variable, property) -> {
			if (environment.getProperty(property, "").isBlank()) {
				missing.add(variable);
			}
		});
		return missing;
	}

}
