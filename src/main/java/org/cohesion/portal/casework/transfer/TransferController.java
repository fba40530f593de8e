package org.cohesion.portal.casework.transfer;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.transfer.TransferViews.RequestForm;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case's transfer page ({@code /mnr/dossiers/{code}/transfert}) and the receiver's
 * requests ({@code /mnr/transferts}). Plain forms.
 */
@Controller
class TransferController {

	private final Transfers transfers;

	private final MessageSource messages;

	TransferController(Transfers transfers, MessageSource messages) {
		this.transfers = transfers;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers/{code}/transfert")
	String casePage(@PathVariable String code, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", transfers.casePage(Caseworkers.current(), code, RequestForm.empty(), Map.of()));
			return "casework/transfer/case";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/dossiers/{code}/transfert")
	String request(@PathVariable String code, @ModelAttribute RequestForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			Map<String, String> errors = transfers.request(who, code, form);
			if (!errors.isEmpty()) {
				response.setStatus(422);
				model.addAttribute("page", transfers.casePage(who, code, form, errors));
				return "casework/transfer/case";
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.transfer.requested", null, locale));
		return "redirect:/mnr/dossiers/" + code + "/transfert";
	}

	@GetMapping("/mnr/transferts")
	String inbox(HttpServletResponse response, Model model) {
		try {
			model.addAttribute("pending", transfers.inbox(Caseworkers.current()));
			return "casework/transfer/inbox";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

	@PostMapping("/mnr/transferts/{ref}/{action}")
	String answer(@PathVariable String ref, @PathVariable String action,
			@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		boolean accept;
		if ("accepter".equals(action)) {
			accept = true;
		}
		else if ("refuser".equals(action)) {
			accept = false;
		}
		else {
			return RecordNotFoundAdvice.render("", response, model);
		}
		try {
			String code = transfers.answer(Caseworkers.current(), ref, accept, version);
			redirect.addFlashAttribute("notice", messages.getMessage("mnr.transfer.answered." + action, null, locale));
			return accept ? "redirect:/mnr/dossiers/" + code : "redirect:/mnr/transferts";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		catch (TransferRefused | OptimisticLockingFailureException ex) {
			String key = ex instanceof TransferRefused refused ? refused.messageKey() : "mnr.transfer.refused.stale";
			redirect.addFlashAttribute("alert", messages.getMessage(key, null, locale));
			return "redirect:/mnr/transferts";
		}
	}

}
