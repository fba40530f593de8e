package org.cohesion.portal.casework.person;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Duplicates: the check of the creation form before saving, the side-by-side comparison
 * and the merge (supervisors), and « not the same person ».
 */
@Controller
class PersonMergeController {

	private final PersonMatches matches;

	private final PersonMerge merge;

	private final MessageSource messages;

	PersonMergeController(PersonMatches matches, PersonMerge merge, MessageSource messages) {
		this.matches = matches;
		this.merge = merge;
		this.messages = messages;
	}

	/** The creation form, as typed, with the likely matches of what it holds. */
	@PostMapping("/mnr/personnes/nouvelle/verification")
	String check(@ModelAttribute PersonForm form, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		model.addAttribute("matches", matches.forForm(who, request.getRemoteAddr(), form));
		model.addAttribute("form", form);
		model.addAttribute("errors", Map.of());
		model.addAttribute("code", null);
		model.addAttribute("current", null);
		model.addAttribute("conflict", false);
		model.addAttribute("countries", Choices.COUNTRIES);
		model.addAttribute("languages", Choices.LANGUAGES);
		return "casework/person/form";
	}

	@GetMapping("/mnr/personnes/{code}/fusion/{other}")
	String compare(@PathVariable String code, @PathVariable String other, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", merge.compare(Caseworkers.current(), request.getRemoteAddr(), code, other));
			model.addAttribute("error", null);
			return "casework/person/merge";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/personnes/{code}/fusion/{other}")
	String merge(@PathVariable String code, @PathVariable String other,
			@RequestParam(name = "keep", required = false) @Nullable String keep,
			@RequestParam(name = "confirm", required = false) @Nullable String confirm,
			@RequestParam(name = "leftVersion", defaultValue = "-1") long leftVersion,
			@RequestParam(name = "rightVersion", defaultValue = "-1") long rightVersion, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		try {
			String error = null;
			if (!code.equals(keep) && !other.equals(keep)) {
				error = "mnr.merge.error.keep";
			}
			else if (confirm == null) {
				error = "mnr.merge.error.confirm";
			}
			if (error == null) {
				boolean keepLeft = code.equals(keep);
				PersonMerge.Outcome outcome = merge.merge(who, request.getRemoteAddr(), keepLeft ? code : other,
						keepLeft ? other : code, keepLeft ? leftVersion : rightVersion,
						keepLeft ? rightVersion : leftVersion);
				if (outcome.survivorCode() != null) {
					redirect.addFlashAttribute("notice",
							t("mnr.merge.done", outcome.mergedCode(), outcome.survivorCode()));
					return "redirect:/mnr/personnes/" + outcome.survivorCode();
				}
				error = outcome.conflict() ? "mnr.merge.error.conflict" : outcome.refusal();
			}
			model.addAttribute("page", merge.compare(who, request.getRemoteAddr(), code, other));
			model.addAttribute("error", error);
			model.addAttribute("keep", keep);
			return "casework/person/merge";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/personnes/{code}/correspondances/{other}/ecarter")
	String dismiss(@PathVariable String code, @PathVariable String other, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			merge.dismiss(Caseworkers.current(), request.getRemoteAddr(), code, other);
			redirect.addFlashAttribute("notice", t("mnr.match.dismissed", other));
			return "redirect:/mnr/personnes/" + code;
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
