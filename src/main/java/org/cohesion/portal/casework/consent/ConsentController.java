package org.cohesion.portal.casework.consent;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.consent.ConsentViews.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The consent page of a person, {@code /mnr/personnes/{code}/consentements}: the current
 * state of each purpose, the whole history, and (for case workers and supervisors in
 * scope) the form that appends a decision. Works without JavaScript.
 */
@Controller
class ConsentController {

	private final Consents consents;

	private final MessageSource messages;

	ConsentController(Consents consents, MessageSource messages) {
		this.consents = consents;
		this.messages = messages;
	}

	@GetMapping("/mnr/personnes/{code}/consentements")
	String page(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			ConsentViews.Page page = consents.page(Caseworkers.current(), request.getRemoteAddr(), code);
			return render(model, page, ConsentForm.empty(page.today().toString(), page.version()), Map.of(), false);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@PostMapping("/mnr/personnes/{code}/consentements")
	String record(@PathVariable String code, @ModelAttribute ConsentForm form,
			@RequestParam(name = "scan", required = false) @Nullable MultipartFile scan, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Caseworker who = Caseworkers.current();
		try {
			Refused refused = consents.record(who, request.getRemoteAddr(), code, form, bytes(scan));
			if (refused == null) {
				redirect.addFlashAttribute("notice",
						messages.getMessage("mnr.consent.recorded", null, LocaleContextHolder.getLocale()));
				return "redirect:/mnr/personnes/" + code + "/consentements";
			}
			return render(model, consents.pageAgain(who, code), refused.form(), refused.errors(), refused.conflict());
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render(code, response, model);
		}
	}

	@GetMapping("/mnr/personnes/{code}/consentements/{ref}/formulaire")
	ResponseEntity<byte[]> scan(@PathVariable String code, @PathVariable String ref, HttpServletRequest request) {
		Consents.Scan scan = consents.scan(Caseworkers.current(), request.getRemoteAddr(), code, ref);
		MediaType type = switch (scan.type()) {
			case "pdf" -> MediaType.APPLICATION_PDF;
			case "png" -> MediaType.IMAGE_PNG;
			default -> MediaType.IMAGE_JPEG;
		};
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("consentement-" + code + "." + scan.type()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(scan.content());
	}

	private static String render(Model model, ConsentViews.Page page, ConsentForm form, Map<String, String> errors,
			boolean conflict) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", conflict);
		return "casework/consent/page";
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

}
