package org.cohesion.portal.casework.dossier;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.dossier.DossierViews.PrintForm;
import org.cohesion.portal.casework.dossier.DossierViews.Printed;
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

/**
 * {@code /mnr/dossiers/{code}/impression}: the form that chooses what to print (a plain
 * form, no JavaScript), and the PDF it gives — an attachment with a neutral name, never
 * stored by a cache. Outside need-to-know: 404 (the access advice).
 */
@Controller
class DossierController {

	private final CaseDossiers dossiers;

	DossierController(CaseDossiers dossiers) {
		this.dossiers = dossiers;
	}

	@GetMapping("/mnr/dossiers/{code}/impression")
	String form(@PathVariable String code, HttpServletRequest request, Model model) {
		model.addAttribute("page",
				dossiers.page(Caseworkers.current(), request.getRemoteAddr(), code, PrintForm.empty(), Map.of()));
		return "casework/dossier/form";
	}

	@PostMapping("/mnr/dossiers/{code}/impression")
	Object print(@PathVariable String code, @ModelAttribute PrintForm form, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Printed printed;
		try {
			printed = dossiers.print(Caseworkers.current(), request.getRemoteAddr(), code, form);
		}
		catch (CaseDossiers.Refused refused) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("page",
					dossiers.page(Caseworkers.current(), request.getRemoteAddr(), code, form, refused.errors()));
			return "casework/dossier/form";
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(printed.fileName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore())
			.body(printed.content());
	}

}
