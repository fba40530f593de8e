package org.cohesion.portal.casework.reintegration;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.casefile.CaseForms;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.EntryForm;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.StepForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reintegration page of a case ({@code /mnr/dossiers/{code}/reintegration}): the
 * dimensions, the risk re-assessment, the return steps. Plain forms; a refusal comes back
 * as the page with its French reason.
 */
@Controller
class ReintegrationController {

	static final String PAGE = "casework/reintegration/case";

	private final Reintegrations reintegrations;

	private final MessageSource messages;

	ReintegrationController(Reintegrations reintegrations, MessageSource messages) {
		this.reintegrations = reintegrations;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers/{code}/reintegration")
	String page(@PathVariable String code, HttpServletResponse response, Model model) {
		return page(Caseworkers.current(), code, EntryForm.empty(), null, Map.of(), response, model);
	}

	@PostMapping("/mnr/dossiers/{code}/reintegration")
	String record(@PathVariable String code, @ModelAttribute EntryForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			Map<String, String> errors = reintegrations.record(who, code, form);
			if (!errors.isEmpty()) {
				response.setStatus(422);
				return page(who, code, form, null, errors, response, model);
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		return saved(code, "#dimensions", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/reintegration/risque")
	String risk(@PathVariable String code, @ModelAttribute CaseForms.RiskForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			CaseFiles.Outcome outcome = reintegrations.reassessRisk(who, request.getRemoteAddr(), code, form);
			if (outcome.conflict()) {
				response.setStatus(409);
				return page(who, code, EntryForm.empty(), null, Map.of("risk", "mnr.case.conflict"), response, model);
			}
			if (!outcome.saved()) {
				response.setStatus(422);
				return page(who, code, EntryForm.empty(), form, prefixed(outcome.errors()), response, model);
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		return saved(code, "#risque", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/reintegration/retour")
	String chooseReturn(@PathVariable String code, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			reintegrations.chooseReturn(who, code);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ReintegrationRefused ex) {
			response.setStatus(422);
			return page(who, code, EntryForm.empty(), null, Map.of("return", ex.messageKey()), response, model);
		}
		return saved(code, "#retour", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/reintegration/retour/{ref}")
	String updateStep(@PathVariable String code, @PathVariable String ref, @ModelAttribute StepForm form,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			reintegrations.updateStep(who, code, ref, form);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ReintegrationRefused | OptimisticLockingFailureException ex) {
			String key = ex instanceof ReintegrationRefused refused ? refused.messageKey() : "mnr.return.refused.stale";
			response.setStatus(ex instanceof ReintegrationRefused ? 422 : 409);
			return page(who, code, EntryForm.empty(), null, Map.of("return", key), response, model);
		}
		return saved(code, "#retour", redirect, locale);
	}

	private String saved(String code, String anchor, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.reintegration.saved", null, locale));
		return "redirect:/mnr/dossiers/" + code + "/reintegration" + anchor;
	}

	/** The case file's risk errors, named for this page's risk form. */
	private static Map<String, String> prefixed(Map<String, String> errors) {
		Map<String, String> named = new java.util.LinkedHashMap<>();
		errors.forEach((field, key) -> named.put("risk." + field, key));
		return named;
	}

	private String page(Caseworker who, String code, EntryForm form, CaseForms.@Nullable RiskForm riskForm,
			Map<String, String> errors, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", reintegrations.page(who, code, form, riskForm, errors));
			return PAGE;
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

}
