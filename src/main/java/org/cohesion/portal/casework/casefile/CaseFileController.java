package org.cohesion.portal.casework.casefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.casefile.CaseFiles.Outcome;
import org.cohesion.portal.casework.casefile.CaseForms.ChildForm;
import org.cohesion.portal.casework.casefile.CaseForms.Editing;
import org.cohesion.portal.casework.casefile.CaseForms.NeedsForm;
import org.cohesion.portal.casework.casefile.CaseForms.NoteForm;
import org.cohesion.portal.casework.casefile.CaseForms.PerpetratorForm;
import org.cohesion.portal.casework.casefile.CaseForms.RiskForm;
import org.cohesion.portal.casework.casefile.CaseForms.StatusForm;
import org.cohesion.portal.casework.casefile.CaseViews.Criteria;
import org.cohesion.portal.casework.casefile.CaseViews.Details;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
 * The case pages under {@code /mnr/dossiers}: the lists and the search, the case page
 * with its forms (each works without JavaScript; a refused or conflicting save shows the
 * page again with what was typed), attachments, and the way from a screening to its case.
 */
@Controller
class CaseFileController {

	private final CaseFiles cases;

	private final MessageSource messages;

	CaseFileController(CaseFiles cases, MessageSource messages) {
		this.cases = cases;
		this.messages = messages;
	}

	@GetMapping("/mnr/dossiers")
	String list(@RequestParam(name = "vue", required = false) @Nullable String view,
			@RequestParam(name = "q", required = false) @Nullable String query,
			@RequestParam(name = "statut", required = false) @Nullable String status,
			@RequestParam(name = "du", required = false) @Nullable String from,
			@RequestParam(name = "au", required = false) @Nullable String to,
			@RequestParam(name = "region", required = false) @Nullable String region, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.PERSON_READ)) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		Criteria criteria = new Criteria(CaseForms.text(view), CaseForms.text(query), CaseForms.text(status),
				CaseForms.text(from), CaseForms.text(to), CaseForms.text(region));
		model.addAttribute("listing", cases.list(who, request.getRemoteAddr(), criteria));
		return "casework/casefile/list";
	}

	@GetMapping("/mnr/dossiers/par-entretien/{screeningRef}")
	String byScreening(@PathVariable String screeningRef, HttpServletResponse response, Model model) {
		try {
			return "redirect:/mnr/dossiers/" + cases.codeOfScreening(reader(), screeningRef);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
	}

	@GetMapping("/mnr/dossiers/{code}")
	String view(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(code, false, "dossier", null, request, response, model);
	}

	/** Shows a hidden name: an explicit choice, audited and kept in the timeline. */
	@PostMapping("/mnr/dossiers/{code}/nom")
	String reveal(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		return page(code, true, "dossier, nom affiché", null, request, response, model);
	}

	@PostMapping("/mnr/dossiers/{code}/statut")
	String status(@PathVariable String code, @ModelAttribute StatusForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return save(code, "status", request, response, model, redirect,
				() -> cases.changeStatus(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(form, editing.risk(), editing.needs(), editing.child(), editing.note(),
						editing.perpetrator(), "status", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/risque")
	String risk(@PathVariable String code, @ModelAttribute RiskForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return save(code, "risk", request, response, model, redirect,
				() -> cases.assessRisk(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(editing.status(), form, editing.needs(), editing.child(), editing.note(),
						editing.perpetrator(), "risk", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/besoins")
	String needs(@PathVariable String code, @ModelAttribute NeedsForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return save(code, "needs", request, response, model, redirect,
				() -> cases.recordNeeds(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(editing.status(), editing.risk(), form, editing.child(), editing.note(),
						editing.perpetrator(), "needs", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/enfant")
	String child(@PathVariable String code, @ModelAttribute ChildForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return save(code, "child", request, response, model, redirect,
				() -> cases.recordChildProtection(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(editing.status(), editing.risk(), editing.needs(), form, editing.note(),
						editing.perpetrator(), "child", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/notes")
	String note(@PathVariable String code, @ModelAttribute NoteForm form, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		return save(code, "note", request, response, model, redirect,
				() -> cases.addNote(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(editing.status(), editing.risk(), editing.needs(), editing.child(), form,
						editing.perpetrator(), "note", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/auteurs")
	String perpetrator(@PathVariable String code,
			@RequestParam(name = "roles", required = false) @Nullable List<String> roles,
			@RequestParam(name = "details", required = false) @Nullable String details, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		PerpetratorForm form = new PerpetratorForm(roles == null ? List.of() : roles, details);
		return save(code, "perpetrator", request, response, model, redirect,
				() -> cases.addPerpetrator(reader(), request.getRemoteAddr(), code, form),
				editing -> new Editing(editing.status(), editing.risk(), editing.needs(), editing.child(),
						editing.note(), form, "perpetrator", false, Map.of()));
	}

	@PostMapping("/mnr/dossiers/{code}/pieces")
	String attach(@PathVariable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(name = "description", required = false) @Nullable String description,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		byte[] content = bytes(file);
		return save(code, "attachment", request, response, model, redirect,
				() -> cases.attach(reader(), request.getRemoteAddr(), code,
						file == null ? null : file.getOriginalFilename(), description, content),
				editing -> new Editing(editing.status(), editing.risk(), editing.needs(), editing.child(),
						editing.note(), editing.perpetrator(), "attachment", false, Map.of()));
	}

	@GetMapping("/mnr/dossiers/{code}/pieces/{ref}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String ref, HttpServletRequest request) {
		CaseFiles.Download file = cases.attachment(reader(), request.getRemoteAddr(), code, ref);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

	private interface Save {

		Outcome run();

	}

	private interface Typed {

		Editing apply(Editing stored);

	}

	private String save(String code, String section, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Save save, Typed typed) {
		Outcome outcome;
		try {
			outcome = save.run();
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		catch (OptimisticLockingFailureException ex) {
			// saved by someone else between our check and our write: same answer as a
			// conflict
			outcome = Outcome.CONFLICT;
		}
		if (outcome.saved()) {
			redirect.addFlashAttribute("notice", t("mnr.case.saved." + section));
			return "redirect:/mnr/dossiers/" + code + "#" + section;
		}
		response.setStatus(outcome.conflict() ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_ENTITY.value());
		Outcome shown = outcome;
		return page(code, false,
				outcome.conflict() ? "dossier, version enregistrée (conflit)" : "dossier (saisie refusée)", stored -> {
					Editing mine = typed.apply(stored);
					return new Editing(mine.status(), mine.risk(), mine.needs(), mine.child(), mine.note(),
							mine.perpetrator(), section, shown.conflict(), shown.errors());
				}, request, response, model);
	}

	private String page(String code, boolean reveal, String section, @Nullable Typed typed, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Details details;
		try {
			details = cases.view(reader(), request.getRemoteAddr(), code, reveal, section);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
		Editing stored = CaseFiles.stored(details);
		model.addAttribute("file", details);
		model.addAttribute("editing", typed == null ? stored : typed.apply(stored));
		return "casework/casefile/view";
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

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
