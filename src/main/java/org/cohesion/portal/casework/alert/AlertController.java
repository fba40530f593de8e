package org.cohesion.portal.casework.alert;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.alert.ScreeningForms.ConclusionForm;
import org.cohesion.portal.casework.alert.ScreeningForms.EventForm;
import org.cohesion.portal.casework.alert.ScreeningForms.IndicatorsForm;
import org.cohesion.portal.casework.alert.ScreeningForms.PersonQuickForm;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert pages under {@code /mnr/signalements} and the interview under
 * {@code /mnr/entretiens}. Plain forms that work without JavaScript; a refused form comes
 * back as typed. Out of scope is 404 ({@link RecordNotFoundException}).
 */
@Controller
class AlertController {

	private final Alerts alerts;

	private final Screenings screenings;

	private final MessageSource messages;

	AlertController(Alerts alerts, Screenings screenings, MessageSource messages) {
		this.alerts = alerts;
		this.screenings = screenings;
		this.messages = messages;
	}

	// ---- alerts

	@GetMapping("/mnr/signalements")
	String list(HttpServletRequest request, Model model) {
		model.addAttribute("lists", alerts.lists(Caseworkers.current(), request.getRemoteAddr()));
		return "casework/alert/list";
	}

	@GetMapping("/mnr/signalements/nouveau")
	String createForm(Model model) {
		return form(model, alerts.blank(Caseworkers.current()));
	}

	@GetMapping("/mnr/signalements/{ref}/modifier")
	String editForm(@PathVariable String ref, HttpServletRequest request, Model model) {
		return form(model, alerts.draftForm(Caseworkers.current(), request.getRemoteAddr(), ref));
	}

	@PostMapping("/mnr/signalements")
	String submit(@ModelAttribute AlertForm form,
			@RequestParam(name = "action", defaultValue = "envoyer") String action, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		boolean send = !"brouillon".equals(action);
		Alerts.Submission submission;
		try {
			submission = alerts.submit(who, request.getRemoteAddr(), form, send);
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
			// the same form sent twice at once: the other request made (or changed) the
			// alert
			String ref = alerts.madeBy(who, form.key()).orElseThrow(() -> ex);
			redirect.addFlashAttribute("notice", t("mnr.alert.replayed"));
			return "redirect:/mnr/signalements/" + ref;
		}
		if (!submission.accepted() && submission.refused() != null) {
			if (submission.ref() != null && !submission.refused().conflict()
					&& submission.refused().errors().values().stream().allMatch(key -> key.contains(".required."))) {
				model.addAttribute("draftSaved", true);
			}
			return form(model, submission.refused());
		}
		redirect.addFlashAttribute("notice", t(submission.replayed() ? "mnr.alert.replayed"
				: submission.sent() ? "mnr.alert.sent" : "mnr.alert.draftSaved"));
		return "redirect:/mnr/signalements/" + submission.ref();
	}

	@GetMapping("/mnr/signalements/{ref}")
	String view(@PathVariable String ref, HttpServletRequest request, Model model) {
		model.addAttribute("alert", alerts.view(Caseworkers.current(), request.getRemoteAddr(), ref));
		return "casework/alert/view";
	}

	@PostMapping("/mnr/signalements/{ref}/prise-en-charge")
	String take(@PathVariable String ref, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			String screening = alerts.take(Caseworkers.current(), request.getRemoteAddr(), ref);
			redirect.addFlashAttribute("notice", t("mnr.alert.taken"));
			return "redirect:/mnr/entretiens/" + screening;
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			redirect.addFlashAttribute("alert", t("mnr.alert.refused.notInQueue"));
			return "redirect:/mnr/signalements/" + ref;
		}
	}

	private String form(Model model, AlertViews.FormPage page) {
		model.addAttribute("page", page);
		if (!model.containsAttribute("draftSaved")) {
			model.addAttribute("draftSaved", false);
		}
		return "casework/alert/form";
	}

	// ---- the interview

	@GetMapping("/mnr/entretiens/{ref}")
	String screening(@PathVariable String ref, HttpServletRequest request, Model model) {
		model.addAttribute("screening", screenings.view(Caseworkers.current(), request.getRemoteAddr(), ref));
		return "casework/alert/screening";
	}

	@PostMapping("/mnr/entretiens/{ref}/personne")
	String linkPerson(@PathVariable String ref,
			@RequestParam(name = "personCode", required = false) @Nullable String code, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		Map<String, String> errors = screenings.linkPerson(who, request.getRemoteAddr(), ref, code);
		if (!errors.isEmpty()) {
			return again(model, screenings.again(who, ref, null, null, null, null, errors));
		}
		return done(redirect, ref, "mnr.screening.personLinked");
	}

	@PostMapping("/mnr/entretiens/{ref}/nouvelle-personne")
	String createPerson(@PathVariable String ref, @ModelAttribute PersonQuickForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		Map<String, String> errors = screenings.createPerson(who, request.getRemoteAddr(), ref, form);
		if (!errors.isEmpty()) {
			return again(model, screenings.again(who, ref, null, null, null, form, errors));
		}
		return done(redirect, ref, "mnr.screening.personCreated");
	}

	@PostMapping("/mnr/entretiens/{ref}/indicateurs")
	String record(@PathVariable String ref, @ModelAttribute IndicatorsForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		Map<String, String> errors;
		try {
			errors = screenings.record(who, request.getRemoteAddr(), ref, form);
		}
		catch (OptimisticLockingFailureException ex) {
			errors = Map.of("conflict", "mnr.screening.conflict");
		}
		if (!errors.isEmpty()) {
			return again(model, screenings.again(who, ref, form, null, null, null, errors));
		}
		return done(redirect, ref, "mnr.screening.saved");
	}

	@PostMapping("/mnr/entretiens/{ref}/evenements")
	String addEvent(@PathVariable String ref, @ModelAttribute EventForm form, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		Map<String, String> errors = screenings.addEvent(who, request.getRemoteAddr(), ref, form);
		if (!errors.isEmpty()) {
			return again(model, screenings.again(who, ref, null, form, null, null, errors));
		}
		return done(redirect, ref + "#lieux", "mnr.screening.eventAdded");
	}

	@PostMapping("/mnr/entretiens/{ref}/evenements/{eventRef}/suppression")
	String removeEvent(@PathVariable String ref, @PathVariable String eventRef, HttpServletRequest request,
			RedirectAttributes redirect) {
		screenings.removeEvent(Caseworkers.current(), request.getRemoteAddr(), ref, eventRef);
		return done(redirect, ref + "#lieux", "mnr.screening.eventRemoved");
	}

	@PostMapping("/mnr/entretiens/{ref}/conclusion")
	String conclude(@PathVariable String ref, @ModelAttribute ConclusionForm form, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		Screenings.Conclusion conclusion = screenings.conclude(who, request.getRemoteAddr(), ref, form);
		if (!conclusion.errors().isEmpty() || conclusion.outcome() == null) {
			return again(model, screenings.again(who, ref, null, null, form, null, conclusion.errors()));
		}
		if (conclusion.outcome() == Indicators.Status.NOT_A_VICTIM) {
			return done(redirect, ref, "mnr.screening.concludedNotAVictim");
		}
		redirect.addFlashAttribute("notice", t("mnr.screening.concluded"));
		return "redirect:/mnr/dossiers/par-entretien/" + ref;
	}

	/** A transition the record refused (taken meanwhile, already concluded…). */
	@ExceptionHandler(Refusal.class)
	String refused(Refusal refusal, HttpServletRequest request, RedirectAttributes redirect) {
		redirect.addFlashAttribute("alert", t(refusal.getMessage()));
		String path = request.getRequestURI();
		int cut = path.indexOf('/', path.indexOf("/mnr/") + 5);
		cut = cut < 0 ? -1 : path.indexOf('/', cut + 1);
		return "redirect:" + (cut < 0 ? path : path.substring(0, cut));
	}

	private String again(Model model, ScreeningView view) {
		model.addAttribute("screening", view);
		return "casework/alert/screening";
	}

	private String done(RedirectAttributes redirect, String target, String key) {
		redirect.addFlashAttribute("notice", t(key));
		return "redirect:/mnr/entretiens/" + target;
	}

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
