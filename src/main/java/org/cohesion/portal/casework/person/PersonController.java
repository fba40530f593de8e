package org.cohesion.portal.casework.person;

import java.io.IOException;
import java.time.LocalDate;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person pages under {@code /mnr/personnes}: list and search, create, view, edit.
 * Light forms that work without JavaScript; a refused or conflicting save shows the form
 * again with what was typed.
 */
@Controller
class PersonController {

	private final PersonRecords records;

	private final MessageSource messages;

	PersonController(PersonRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@GetMapping("/mnr/personnes")
	String list(@RequestParam(name = "q", required = false) @Nullable String query, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.PERSON_READ)) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		model.addAttribute("listing", records.list(who, request.getRemoteAddr(), query));
		return "casework/person/list";
	}

	@GetMapping("/mnr/personnes/nouvelle")
	String createForm(Model model) {
		creator();
		return form(model, PersonForm.empty(LocalDate.now().toString()), Map.of(), null, null);
	}

	@PostMapping("/mnr/personnes")
	String create(@ModelAttribute PersonForm form,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = creator();
		PersonRecords.Result result = records.create(who, request.getRemoteAddr(), form, bytes(photo));
		if (!result.isSaved()) {
			return form(model, form, result.errors(), null, null);
		}
		redirect.addFlashAttribute("notice", t("mnr.person.created", result.code()));
		return "redirect:/mnr/personnes/" + result.code();
	}

	@GetMapping("/mnr/personnes/{code}")
	String view(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("person", records.view(reader(), request.getRemoteAddr(), code, "fiche complète"));
			return "casework/person/view";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	/**
	 * Shows a hidden name (a child, a victim of sexual exploitation): an explicit choice,
	 * audited, answered with the page itself (reloading it asks again).
	 */
	@PostMapping("/mnr/personnes/{code}/nom")
	String reveal(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("person",
					records.view(reader(), request.getRemoteAddr(), code, "fiche complète, nom affiché", true));
			return "casework/person/view";
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@GetMapping("/mnr/personnes/{code}/modifier")
	String editForm(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			PersonForm form = records.editForm(reader(), request.getRemoteAddr(), code);
			return form(model, form, Map.of(), code, null);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/personnes/{code}")
	String update(@PathVariable String code, @ModelAttribute PersonForm form,
			@RequestParam(name = "photo", required = false) @Nullable MultipartFile photo, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PersonRecords.Result result;
		try {
			result = records.update(reader(), request.getRemoteAddr(), code, form, bytes(photo));
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (OptimisticLockingFailureException ex) {
			// saved by someone else between our check and our write: same answer as a
			// conflict
			model.addAttribute("conflict", true);
			return form(model, form, Map.of(), code, null);
		}
		if (result.isConflict()) {
			model.addAttribute("conflict", true);
			return form(model, result.form(), Map.of(), code, result.current());
		}
		if (!result.isSaved()) {
			return form(model, form, result.errors(), code, null);
		}
		redirect.addFlashAttribute("notice", t("mnr.person.saved"));
		return "redirect:/mnr/personnes/" + code;
	}

	@GetMapping("/mnr/personnes/{code}/photo")
	ResponseEntity<byte[]> photo(@PathVariable String code, HttpServletRequest request) {
		byte[] image = records.photo(reader(), request.getRemoteAddr(), code);
		MediaType type = image.length > 0 && (image[0] & 0xff) == 0x89 ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(image);
	}

	private String form(Model model, PersonForm form, Map<String, String> errors, @Nullable String code,
			PersonViews.@Nullable Details current) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("code", code);
		model.addAttribute("current", current);
		model.addAttribute("countries", Choices.COUNTRIES);
		model.addAttribute("languages", Choices.LANGUAGES);
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", false);
		}
		return "casework/person/form";
	}

	private static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

	private static Caseworker reader() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.PERSON_READ)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

	private static Caseworker creator() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.PERSON_CREATE)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
