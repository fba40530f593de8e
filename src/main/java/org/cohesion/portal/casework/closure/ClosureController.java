package org.cohesion.portal.casework.closure;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.closure.ClosureViews.DecisionForm;
import org.cohesion.portal.casework.closure.ClosureViews.ReopenForm;
import org.cohesion.portal.casework.closure.ClosureViews.RequestForm;
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
 * The case's closure page ({@code /mnr/dossiers/{code}/cloture}: request, decision,
 * withdrawal, reopening) and the closures to decide ({@code /mnr/clotures}). Plain forms;
 * a refused step comes back as the page with its French reason (422).
 */
@Controller
class ClosureController {

	static final String PAGE = "casework/closure/case";

	private final Closures closures;

	private final MessageSource messages;

	ClosureController(Closures closures, MessageSource messages) {
		this.closures = closures;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers/{code}/cloture")
	String casePage(@PathVariable String code, HttpServletResponse response, Model model) {
		return page(Caseworkers.current(), code, RequestForm.empty(), ReopenForm.empty(), Map.of(), response, model);
	}

	@PostMapping("/mnr/dossiers/{code}/cloture")
	String request(@PathVariable String code, @ModelAttribute RequestForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			Map<String, String> errors = closures.request(who, code, form);
			if (!errors.isEmpty()) {
				response.setStatus(422);
				return page(who, code, form, ReopenForm.empty(), errors, response, model);
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ClosureRefused | OptimisticLockingFailureException ex) {
			return refused(who, code, ex, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.closure.requested", null, locale));
		return "redirect:/mnr/dossiers/" + code + "/cloture";
	}

	@PostMapping("/mnr/dossiers/{code}/cloture/{ref}/{action}")
	String decide(@PathVariable String code, @PathVariable String ref, @PathVariable String action,
			@ModelAttribute DecisionForm form, HttpServletResponse response, Model model, RedirectAttributes redirect,
			Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			switch (action) {
				case "approuver" -> closures.decide(who, code, ref, true, form);
				case "rejeter" -> closures.decide(who, code, ref, false, form);
				case "retirer" -> closures.withdraw(who, code, ref, form.version());
				default -> throw new RecordNotFoundException();
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ClosureRefused | OptimisticLockingFailureException ex) {
			return refused(who, code, ex, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.closure.done." + action, null, locale));
		return "redirect:/mnr/dossiers/" + code + ("approuver".equals(action) ? "" : "/cloture");
	}

	@PostMapping("/mnr/dossiers/{code}/reouverture")
	String reopen(@PathVariable String code, @ModelAttribute ReopenForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			Map<String, String> errors = closures.reopen(who, code, form);
			if (!errors.isEmpty()) {
				response.setStatus(422);
				return page(who, code, RequestForm.empty(), form, errors, response, model);
			}
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (ClosureRefused | OptimisticLockingFailureException ex) {
			return refused(who, code, ex, response, model);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.closure.reopened", null, locale));
		return "redirect:/mnr/dossiers/" + code;
	}

	@GetMapping("/mnr/clotures")
	String inbox(HttpServletResponse response, Model model) {
		try {
			model.addAttribute("inbox", closures.inbox(Caseworkers.current()));
			return "casework/closure/inbox";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

	private String refused(Caseworker who, String code, RuntimeException ex, HttpServletResponse response,
			Model model) {
		String key = ex instanceof ClosureRefused refused ? refused.messageKey() : "mnr.closure.refused.stale";
		response.setStatus(ex instanceof ClosureRefused ? 422 : 409);
		return page(who, code, RequestForm.empty(), ReopenForm.empty(), Map.of("decision", key), response, model);
	}

	private String page(Caseworker who, String code, RequestForm form, ReopenForm reopenForm,
			Map<String, String> errors, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", closures.casePage(who, code, form, reopenForm, errors));
			return PAGE;
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

}
