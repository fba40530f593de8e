package org.cohesion.portal.casework.crypto;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.Reauthentication;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrateur MNR's key page ({@code /mnr/admin/cles}), behind a fresh proof of
 * identity: which keys this node holds (ids, never material), which one encrypts new
 * writes, and the re-encryption job that moves old ciphertexts to it.
 */
@Controller
class KeysController {

	static final Duration PROOF = Duration.ofMinutes(10);

	private final CaseworkKeyset keyset;

	private final Reencryption reencryption;

	private final Reauthentication reauthentication;

	private final CaseworkAudit audit;

	KeysController(CaseworkKeyset keyset, Reencryption reencryption, Reauthentication reauthentication,
			CaseworkAudit audit) {
		this.keyset = keyset;
		this.reencryption = reencryption;
		this.reauthentication = reauthentication;
		this.audit = audit;
	}

	@GetMapping("/mnr/admin/cles")
	String page(HttpServletRequest request, Model model) {
		administrator();
		if (!reauthentication.recent(request, PROOF)) {
			return reauthentication.redirectTo("/mnr/admin/cles");
		}
		model.addAttribute("keyIds", keyset.aeadKeyIds().stream().map(Integer::toUnsignedString).toList());
		model.addAttribute("primary", Integer.toUnsignedString(keyset.primaryAeadKeyId()));
		model.addAttribute("job", reencryption.latest());
		return "casework/crypto/keys";
	}

	@PostMapping("/mnr/admin/cles/rechiffrement")
	String start(HttpServletRequest request, RedirectAttributes redirect) {
		Caseworker who = administrator();
		if (!reauthentication.recent(request, PROOF)) {
			return reauthentication.redirectTo("/mnr/admin/cles");
		}
		Reencryption.Job job = reencryption.start(who.username());
		audit.record(who, request.getRemoteAddr(),
				AuditEvent.of(AuditAction.KEY_OPERATION, "keys", null, "rechiffrement vers la clé "
						+ Integer.toUnsignedString(keyset.primaryAeadKeyId()) + " (tâche n° " + job.id() + ")"));
		return "redirect:/mnr/admin/cles";
	}

	private static Caseworker administrator() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.KEYS_MANAGE)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

}
