package org.cohesion.portal.casework.signin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.Reauthentication;
import org.cohesion.portal.casework.signin.CaseworkSignIn.CodeResult;
import org.cohesion.portal.casework.signin.CaseworkSignIn.Enrolled;
import org.cohesion.portal.casework.signin.CaseworkSignIn.PasswordResult;
import org.cohesion.portal.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in to the casework, one page per stage: password, then a code (or the enrolment
 * of an authenticator, the first time), then the owner's own password when an
 * administrator set it; and the re-authentication before a sensitive action.
 */
@Controller
class CaseworkSignInController {

	static final String ENROL_SECRET = "mnr.enrolSecret";

	private final CaseworkSignIn signIn;

	private final CaseworkContexts contexts;

	private final Reauthentication reauthentication;

	private final PlatformProperties platform;

	private final MessageSource messages;

	CaseworkSignInController(CaseworkSignIn signIn, CaseworkContexts contexts, Reauthentication reauthentication,
			PlatformProperties platform, MessageSource messages) {
		this.signIn = signIn;
		this.contexts = contexts;
		this.reauthentication = reauthentication;
		this.platform = platform;
		this.messages = messages;
	}

	@GetMapping(CaseworkSecurityConfiguration.SIGN_IN)
	String signInPage(@RequestParam(name = "deconnecte", required = false) String signedOut, Model model,
			Locale locale) {
		if (Caseworkers.find().isPresent()) {
			return "redirect:/mnr";
		}
		model.addAttribute("page", view("", "", signedOut != null, locale));
		return "casework/signin";
	}

	@PostMapping(CaseworkSecurityConfiguration.SIGN_IN)
	String signIn(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		PasswordResult result = signIn.password(username, password, request.getRemoteAddr());
		if (result instanceof PasswordResult.Accepted accepted) {
			contexts.enter(accepted.caseworker(), accepted.next(), request, response);
			return "redirect:" + accepted.next().page();
		}
		String problem;
		if (result instanceof PasswordResult.Wait wait) {
			problem = messages.getMessage("mnr.signin.wait",
					new Object[] { Math.max(1, (wait.delay().toSeconds() + 59) / 60) }, locale);
		}
		else if (result instanceof PasswordResult.EnrolmentBlocked) {
			problem = messages.getMessage("mnr.signin.enrolmentBlocked", null, locale);
		}
		else {
			problem = messages.getMessage("mnr.signin.failed", null, locale);
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		model.addAttribute("page", view(username, problem, false, locale));
		return "casework/signin";
	}

	private SignInView view(String username, String problem, boolean signedOut, Locale locale) {
		boolean demo = platform.demo().enabled();
		List<SignInView.DemoUser> users = demo ? DemoStaff.USERS.stream()
			.map(user -> new SignInView.DemoUser(messages.getMessage(user.role().messageKey(), null, locale),
					user.organisationCode(), user.username(), user.password(), DemoStaff.TOTP_SECRET))
			.toList() : List.of();
		return new SignInView(username, problem, signedOut, demo, users);
	}

	@GetMapping("/mnr/connexion/code")
	String codePage(Model model) {
		model.addAttribute("problem", "");
		return "casework/code";
	}

	@PostMapping("/mnr/connexion/code")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model, Locale locale) {
		Caseworker pending = pending(SignInStage.AWAITING_CODE);
		CodeResult result = signIn.code(pending.userId(), code, request.getRemoteAddr());
		if (result instanceof CodeResult.Accepted accepted) {
			contexts.enter(accepted.caseworker(), accepted.next(), request, response);
			reauthentication.recordProof(request);
			return "redirect:" + accepted.next().page();
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		model.addAttribute("problem", messages
			.getMessage(result instanceof CodeResult.Blocked ? "mnr.code.blocked" : "mnr.code.wrong", null, locale));
		return "casework/code";
	}

	@GetMapping("/mnr/connexion/activation")
	String enrolmentPage(HttpSession session, Model model) {
		Caseworker pending = pending(SignInStage.ENROLMENT);
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null) {
			secret = signIn.newSecret();
			session.setAttribute(ENROL_SECRET, secret);
		}
		enrolmentModel(model, pending, secret, "");
		return "casework/enrolment";
	}

	@PostMapping("/mnr/connexion/activation")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			HttpSession session, Model model, Locale locale) {
		Caseworker pending = pending(SignInStage.ENROLMENT);
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null) {
			return "redirect:/mnr/connexion/activation";
		}
		Optional<Enrolled> enrolled = signIn.enrol(pending.userId(), secret, code, request.getRemoteAddr());
		if (enrolled.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			enrolmentModel(model, pending, secret, messages.getMessage("mnr.code.wrong", null, locale));
			return "casework/enrolment";
		}
		session.removeAttribute(ENROL_SECRET);
		contexts.enter(enrolled.get().caseworker(), enrolled.get().next(), request, response);
		reauthentication.recordProof(request);
		model.addAttribute("codes", enrolled.get().recoveryCodes());
		model.addAttribute("next", enrolled.get().next().page());
		return "casework/recovery";
	}

	private void enrolmentModel(Model model, Caseworker pending, String secret, String problem) {
		model.addAttribute("secret", secret);
		model.addAttribute("uri", signIn.otpauthUri(pending.username(), secret));
		model.addAttribute("problem", problem);
	}

	@GetMapping("/mnr/connexion/nouveau-mot-de-passe")
	String passwordPage(Model model) {
		model.addAttribute("problem", "");
		return "casework/password";
	}

	@PostMapping("/mnr/connexion/nouveau-mot-de-passe")
	String changePassword(@RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Caseworker pending = pending(SignInStage.PASSWORD_CHANGE);
		Optional<String> problem = signIn.changePassword(pending.userId(), password, confirmation);
		if (problem.isPresent()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", messages.getMessage(problem.get(),
					new Object[] { org.cohesion.portal.identity.PasswordPolicy.MIN_LENGTH }, locale));
			return "casework/password";
		}
		contexts.enter(pending, SignInStage.SIGNED_IN, request, response);
		reauthentication.recordProof(request);
		return "redirect:/mnr";
	}

	@GetMapping(Reauthentication.PAGE)
	String reauthenticationPage(@RequestParam(name = "retour", required = false) String returnTo, Model model) {
		model.addAttribute("returnTo", Reauthentication.safeReturn(returnTo));
		model.addAttribute("problem", "");
		return "casework/reauthentication";
	}

	@PostMapping(Reauthentication.PAGE)
	String reauthenticate(@RequestParam(name = "retour", required = false) String returnTo,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String code,
			HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Caseworker caseworker = Caseworkers.current();
		String back = Reauthentication.safeReturn(returnTo);
		if (signIn.reauthenticate(caseworker.userId(), password, code, request.getRemoteAddr())) {
			reauthentication.recordProof(request);
			return "redirect:" + back;
		}
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		model.addAttribute("returnTo", back);
		model.addAttribute("problem", messages.getMessage("mnr.reauth.failed", null, locale));
		return "casework/reauthentication";
	}

	private static Caseworker pending(SignInStage stage) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CaseworkPrincipal principal
				&& principal.stage() == stage) {
			return principal.caseworker();
		}
		// the security chain only lets this stage's users through
		throw new IllegalStateException("Not at the sign-in stage " + stage);
	}

}
