package org.cohesion.portal.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cohesion.portal.accounts.web.AccountViews.CodePage;
import org.cohesion.portal.accounts.web.AccountViews.EnrolmentPage;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.accounts.internal.QrCodes;
import org.cohesion.portal.accounts.internal.SecondFactors;
import org.cohesion.portal.accounts.internal.SecondFactors.Outcome;
import org.cohesion.portal.accounts.internal.SignInStages;
import org.cohesion.portal.accounts.internal.SignInStages.PendingSignIn;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.platform.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second stage of signing in (the code page) and the enrolment of a second factor.
 */
@Controller
class SecondFactorController {

	/** The secret being enrolled waits in the session, never in a form field. */
	static final String PENDING_SECRET = "accounts.pendingTotpSecret";

	private final SecondFactors secondFactors;

	private final SignInStages stages;

	private final SignInFrames frames;

	private final SiteProperties site;

	SecondFactorController(SecondFactors secondFactors, SignInStages stages, SignInFrames frames, SiteProperties site) {
		this.secondFactors = secondFactors;
		this.stages = stages;
		this.frames = frames;
		this.site = site;
	}

	@GetMapping(SignInStages.CODE_PAGE)
	String codePage(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		model.addAttribute("frame", frames.of(request, response, locale));
		model.addAttribute("page", new CodePage(request.getParameter("erreur") != null));
		return "accounts/code";
	}

	@PostMapping(SignInStages.CODE_PAGE)
	String checkCode(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		PendingSignIn pending = (PendingSignIn) authentication.getPrincipal();
		String ip = request.getRemoteAddr();
		Outcome outcome = secondFactors.verify(pending.accountId(), code, ip);
		if (outcome == Outcome.ACCEPTED) {
			stages.completeSignIn(pending.email(), request, response);
			return "redirect:/admin";
		}
		if (outcome == Outcome.LOCKED) {
			// the password was right: saying how long to wait tells nothing new
			java.time.Duration wait = secondFactors.codesWait(pending.accountId());
			stages.abandon(request);
			return "redirect:/connexion?" + (wait.isZero() ? "erreur" : SignInStages.waitParameter(wait));
		}
		return "redirect:" + SignInStages.CODE_PAGE + "?erreur";
	}

	@GetMapping(SignInStages.ENROLMENT_PAGE)
	String enrolment(HttpSession session, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		CurrentEditor editor = Editors.require();
		if (secondFactors.enrolled(editor.id()).orElseThrow()) {
			model.addAttribute("page", new EnrolmentPage(true, secondFactors.remainingRecoveryCodes(editor.id()), "",
					"", "", false, List.of()));
			return "accounts/enrolment";
		}
		String secret = Totp.newSecret();
		session.setAttribute(PENDING_SECRET, secret);
		model.addAttribute("page", page(editor, secret, false));
		return "accounts/enrolment";
	}

	@PostMapping(SignInStages.ENROLMENT_PAGE)
	String confirmEnrolment(@RequestParam(defaultValue = "") String code, HttpSession session,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		CurrentEditor editor = Editors.require();
		String secret = (String) session.getAttribute(PENDING_SECRET);
		if (secret == null || secondFactors.enrolled(editor.id()).orElseThrow()) {
			return "redirect:" + SignInStages.ENROLMENT_PAGE;
		}
		Optional<List<String>> codes = secondFactors.enrol(editor.id(), secret, code, request.getRemoteAddr());
		if (codes.isEmpty()) {
			model.addAttribute("page", page(editor, secret, true));
			return "accounts/enrolment";
		}
		session.removeAttribute(PENDING_SECRET);
		if (SignInStages.has(SecurityContextHolder.getContext().getAuthentication(), SignInStages.ENROLMENT)) {
			stages.completeSignIn(editor.email(), request, response);
		}
		model.addAttribute("page", new EnrolmentPage(true, codes.get().size(), "", "", "", false, codes.get()));
		return "accounts/enrolment";
	}

	private EnrolmentPage page(CurrentEditor editor, String secret, boolean failed) {
		String uri = Totp.uri(site.shortName(), editor.email(), secret);
		return new EnrolmentPage(false, 0, secret, secret.replaceAll("(.{4})(?!$)", "$1 "), QrCodes.svgDataUri(uri),
				failed, List.of());
	}

}
