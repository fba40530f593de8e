package org.cohesion.portal.casework.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditeur's page ({@code /mnr/journal}): the entries filtered by person (the user
 * who acted), record and period, and the chain's verification. Reading the audit is
 * audited too.
 */
@Controller
class CaseworkAuditController {

	static final int LIMIT = 200;

	private final CaseworkAudit audit;

	private final ZoneId zone;

	CaseworkAuditController(CaseworkAudit audit, org.cohesion.portal.platform.PlatformProperties platform) {
		this.audit = audit;
		this.zone = platform.timeZone();
	}

	@GetMapping("/mnr/journal")
	String list(@RequestParam(name = "acteur", required = false) @Nullable String actor,
			@RequestParam(name = "dossier", required = false) @Nullable String record,
			@RequestParam(name = "action", required = false) @Nullable String action,
			@RequestParam(name = "du", required = false) @Nullable String from,
			@RequestParam(name = "au", required = false) @Nullable String to, HttpServletRequest request, Model model) {
		return page(auditor(), request, model, new AuditFilter(actor, record, action(action), date(from), date(to)),
				null);
	}

	@PostMapping("/mnr/journal/verification")
	String verify(HttpServletRequest request, Model model) {
		Caseworker who = auditor();
		AuditVerification verification = audit.verify();
		audit.record(who, request.getRemoteAddr(),
				AuditEvent.of(AuditAction.AUDIT_VERIFY, "audit", null,
						verification.intact() ? "chaîne intacte (" + verification.checked() + " entrées)"
								: "chaîne rompue à l'entrée " + verification.brokenAt()));
		return page(who, request, model, AuditFilter.none(), verification);
	}

	private String page(Caseworker who, HttpServletRequest request, Model model, AuditFilter filter,
			@Nullable AuditVerification verification) {
		audit.record(who, request.getRemoteAddr(), AuditEvent.of(AuditAction.AUDIT_READ, "audit", null,
				"journal" + (filter.isEmpty() ? "" : " filtré (personne, dossier, action ou période)")));
		model.addAttribute("entries", audit.search(filter, zone, LIMIT));
		model.addAttribute("filter", filter);
		model.addAttribute("verification", verification);
		return "casework/audit/journal";
	}

	/** An action the filter knows, or none (an unknown one filters nothing). */
	private static @Nullable AuditAction action(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return java.util.Arrays.stream(AuditAction.values())
			.filter(action -> action.name().equals(text.strip()))
			.findFirst()
			.orElse(null);
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Caseworker auditor() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.AUDIT_READ)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

}
