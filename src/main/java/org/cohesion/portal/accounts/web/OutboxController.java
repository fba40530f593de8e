package org.cohesion.portal.accounts.web;

import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The development outbox in the back office. It lives here, not in the mail module, so
 * that mail does not depend on the back office's frame (accounts already depends on mail
 * to send invitations).
 */
@Controller
@PreAuthorize("hasAuthority('PERM_SETTINGS_MANAGE')")
class OutboxController {

	private final Outbox outbox;

	OutboxController(Outbox outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/courriels")
	String list(Model model) {
		model.addAttribute("messages", outbox.latest(100));
		model.addAttribute("smtp", outbox.smtpConfigured());
		return "mail/outbox";
	}

	@GetMapping("/admin/courriels/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("message", outbox.find(id).orElseThrow(() -> new NotFoundException("courriel " + id)));
		return "mail/message";
	}

}
