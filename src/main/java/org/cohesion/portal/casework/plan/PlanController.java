package org.cohesion.portal.casework.plan;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.plan.PlanViews.ActionForm;
import org.cohesion.portal.casework.plan.PlanViews.FollowUpForm;
import org.cohesion.portal.casework.plan.PlanViews.Refusal;
import org.jspecify.annotations.Nullable;
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
 * The plan page of a case ({@code /mnr/dossiers/{code}/plan}: actions and follow-ups) and
 * the overdue follow-ups ({@code /mnr/suivis}). Plain forms; a refusal or a lost race is
 * shown in French on the page (422) with what the person typed.
 */
@Controller
class PlanController {

	private static final String PAGE = "casework/plan/case";

	private final AssistancePlans plans;

	private final MessageSource messages;

	PlanController(AssistancePlans plans, MessageSource messages) {
		this.plans = plans;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers/{code}/plan")
	String page(@PathVariable String code, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page",
					plans.page(Caseworkers.current(), code, ActionForm.empty(), FollowUpForm.empty(), null));
			return PAGE;
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/dossiers/{code}/plan")
	String addAction(@PathVariable String code, @ModelAttribute ActionForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			plans.addAction(who, code, form);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (PlanRefused ex) {
			return refused(who, code, form, FollowUpForm.empty(), new Refusal("action", "", ex.messageKey(), ""),
					response, model);
		}
		return done(code, "mnr.plan.added", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/plan/{ref}/realisee")
	String completeAction(@PathVariable String code, @PathVariable String ref,
			@RequestParam(name = "outcome", required = false) @Nullable String outcome,
			@RequestParam(name = "on", required = false) @Nullable String on,
			@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			plans.completeAction(who, code, ref, outcome, on, version);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (PlanRefused | OptimisticLockingFailureException ex) {
			return refused(who, code, ActionForm.empty(), FollowUpForm.empty(),
					new Refusal("action-done", ref, key(ex), outcome == null ? "" : outcome), response, model);
		}
		return done(code, "mnr.plan.done", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/suivis")
	String planFollowUp(@PathVariable String code, @ModelAttribute FollowUpForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			plans.planFollowUp(who, code, form);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (PlanRefused ex) {
			return refused(who, code, ActionForm.empty(), form, new Refusal("followup", "", ex.messageKey(), ""),
					response, model);
		}
		return done(code, "mnr.followup.planned", redirect, locale);
	}

	@PostMapping("/mnr/dossiers/{code}/suivis/{ref}/fait")
	String completeFollowUp(@PathVariable String code, @PathVariable String ref,
			@RequestParam(name = "outcome", required = false) @Nullable String outcome,
			@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = Caseworkers.current();
		try {
			plans.completeFollowUp(who, code, ref, outcome, version);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (PlanRefused | OptimisticLockingFailureException ex) {
			return refused(who, code, ActionForm.empty(), FollowUpForm.empty(),
					new Refusal("followup-done", ref, key(ex), outcome == null ? "" : outcome), response, model);
		}
		return done(code, "mnr.followup.done", redirect, locale);
	}

	@GetMapping("/mnr/suivis")
	String overdue(HttpServletResponse response, Model model) {
		try {
			model.addAttribute("overdue", plans.overdue(Caseworkers.current()));
			return "casework/plan/overdue";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

	private String refused(Caseworker who, String code, ActionForm actionForm, FollowUpForm followUpForm,
			Refusal refusal, HttpServletResponse response, Model model) {
		response.setStatus(422);
		model.addAttribute("page", plans.page(who, code, actionForm, followUpForm, refusal));
		return PAGE;
	}

	private String done(String code, String notice, RedirectAttributes redirect, Locale locale) {
		redirect.addFlashAttribute("notice", messages.getMessage(notice, null, locale));
		return "redirect:/mnr/dossiers/" + code + "/plan";
	}

	private static String key(RuntimeException ex) {
		return ex instanceof PlanRefused refused ? refused.messageKey() : "mnr.plan.refused.stale";
	}

}
