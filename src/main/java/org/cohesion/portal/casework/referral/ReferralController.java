package org.cohesion.portal.casework.referral;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.referral.ReferralViews.SendForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sender's page of a case's referrals ({@code /mnr/dossiers/{code}/referencements})
 * and the provider's inbox ({@code /mnr/referencements}). Plain forms; every refusal is
 * shown in French on the page, with what was typed.
 */
@Controller
class ReferralController {

	private final Referrals referrals;

	private final MessageSource messages;

	ReferralController(Referrals referrals, MessageSource messages) {
		this.referrals = referrals;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers/{code}/referencements")
	String casePage(@PathVariable String code, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", referrals.casePage(Caseworkers.current(), code, SendForm.empty(), Map.of()));
			return "casework/referral/case";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	// BindingResult: unticked boxes are absent from the request and bind as false
	@PostMapping("/mnr/dossiers/{code}/referencements")
	String send(@PathVariable String code, @ModelAttribute SendForm form, BindingResult unchecked,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			Map<String, String> errors = referrals.send(who, code, form);
			if (!errors.isEmpty()) {
				response.setStatus(422);
				model.addAttribute("page", referrals.casePage(who, code, form, errors));
				return "casework/referral/case";
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.referral.sent", null, locale));
		return "redirect:/mnr/dossiers/" + code + "/referencements";
	}

	@PostMapping("/mnr/dossiers/{code}/referencements/{ref}/retrait")
	String revoke(@PathVariable String code, @PathVariable String ref, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			referrals.revoke(Caseworkers.current(), code, ref);
			redirect.addFlashAttribute("notice", messages.getMessage("mnr.referral.revoked", null, locale));
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ReferralRefused ex) {
			redirect.addFlashAttribute("alert", messages.getMessage(ex.messageKey(), null, locale));
		}
		return "redirect:/mnr/dossiers/" + code + "/referencements";
	}

	@GetMapping("/mnr/referencements")
	String inbox(Model model) {
		model.addAttribute("inbox", referrals.inbox(Caseworkers.current()));
		return "casework/referral/inbox";
	}

	@GetMapping("/mnr/referencements/{ref}")
	String view(@PathVariable String ref, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("referral", referrals.forProvider(Caseworkers.current(), ref));
			return "casework/referral/provider";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

	@PostMapping("/mnr/referencements/{ref}/{action}")
	String answer(@PathVariable String ref, @PathVariable String action,
			@RequestParam(name = "text", required = false) @Nullable String text,
			@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Referrals.Answer answer = switch (action) {
			case "accepter" -> Referrals.Answer.ACCEPT;
			case "refuser" -> Referrals.Answer.REFUSE;
			case "commencer" -> Referrals.Answer.START;
			case "terminer" -> Referrals.Answer.COMPLETE;
			default -> null;
		};
		if (answer == null) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		Caseworker who = Caseworkers.current();
		try {
			referrals.answer(who, ref, answer, text, version);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		catch (ReferralRefused | OptimisticLockingFailureException ex) {
			String key = ex instanceof ReferralRefused refused ? refused.messageKey() : "mnr.referral.refused.stale";
			response.setStatus(422);
			model.addAttribute("referral", referrals.forProvider(who, ref));
			model.addAttribute("error", messages.getMessage(key, null, locale));
			model.addAttribute("typed", text == null ? "" : text);
			return "casework/referral/provider";
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.referral.answered." + action, null, locale));
		return "redirect:/mnr/referencements/" + ref;
	}

}
