package org.cohesion.portal.casework.access;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.Reauthentication;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Break-the-glass pages: the request (code, written reason, after a fresh proof of
 * identity), the supervisors' review list, and the in-app notifications.
 */
@Controller
class BreakGlassController {

	/** How recent the proof of identity must be to open a record outside one's scope. */
	static final Duration PROOF = Duration.ofMinutes(10);

	private final BreakGlass breakGlass;

	private final AccessPolicy policy;

	private final RecordScopes scopes;

	private final Notifications notifications;

	private final Reauthentication reauthentication;

	private final MessageSource messages;

	BreakGlassController(BreakGlass breakGlass, AccessPolicy policy, java.util.List<RecordScopes> scopes,
			Notifications notifications, Reauthentication reauthentication, MessageSource messages) {
		this.breakGlass = breakGlass;
		this.policy = policy;
		this.scopes = RecordScopes.of(scopes);
		this.notifications = notifications;
		this.reauthentication = reauthentication;
		this.messages = messages;
	}

	@GetMapping("/mnr/acces-exceptionnel")
	String form(@RequestParam(name = "code", required = false) @Nullable String code, HttpServletRequest request,
			Model model) {
		breaker();
		String clean = clean(code);
		if (!reauthentication.recent(request, PROOF)) {
			return reauthentication.redirectTo("/mnr/acces-exceptionnel" + (clean.isEmpty() ? "" : "?code=" + clean));
		}
		return page(model, clean, "", null);
	}

	@PostMapping("/mnr/acces-exceptionnel")
	String open(@RequestParam(name = "code", required = false) @Nullable String code,
			@RequestParam(name = "reason", required = false) @Nullable String reason, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		Caseworker who = breaker();
		String clean = clean(code);
		String why = reason == null ? "" : reason;
		if (!reauthentication.recent(request, PROOF)) {
			model.addAttribute("reauthenticate", Reauthentication.pageFor("/mnr/acces-exceptionnel?code=" + clean));
			return page(model, clean, why, "mnr.breakglass.error.reauthenticate");
		}
		RecordScope scope = scopes.find(clean);
		if (scope == null) {
			return page(model, clean, why, "mnr.breakglass.error.unknown");
		}
		if (AccessPolicy.inScope(who, scope)) {
			return "redirect:" + scopes.path(clean);
		}
		if (why.strip().length() < BreakGlass.MINIMUM_REASON) {
			return page(model, clean, why, "mnr.breakglass.error.reason");
		}
		BreakGlassGrant grant = breakGlass.open(who, request.getRemoteAddr(), scopes.type(clean), scope, why);
		redirect.addFlashAttribute("alert", t("mnr.breakglass.opened", clean));
		return "redirect:" + scopes.path(grant.recordRef());
	}

	@GetMapping("/mnr/acces-exceptionnels")
	String review(Model model) {
		Caseworker who = reviewer();
		model.addAttribute("grants", breakGlass.toReview(who));
		return "casework/access/review";
	}

	@PostMapping("/mnr/acces-exceptionnels/{id}/revu")
	String reviewed(@PathVariable long id, @RequestParam(name = "note", required = false) @Nullable String note,
			HttpServletRequest request, RedirectAttributes redirect) {
		Caseworker who = reviewer();
		if (breakGlass.review(who, request.getRemoteAddr(), id, note)) {
			redirect.addFlashAttribute("notice", t("mnr.breakglass.reviewed"));
		}
		return "redirect:/mnr/acces-exceptionnels";
	}

	@GetMapping("/mnr/notifications")
	String notifications(Model model) {
		Caseworker who = Caseworkers.current();
		model.addAttribute("notifications", notifications.of(who.userId()));
		return "casework/access/notifications";
	}

	@PostMapping("/mnr/notifications/lues")
	String read(RedirectAttributes redirect) {
		notifications.markAllRead(Caseworkers.current().userId());
		return "redirect:/mnr/notifications";
	}

	private String page(Model model, String code, String reason, @Nullable String error) {
		model.addAttribute("code", code);
		model.addAttribute("reason", reason);
		model.addAttribute("error", error);
		model.addAttribute("minimum", BreakGlass.MINIMUM_REASON);
		if (!model.containsAttribute("reauthenticate")) {
			model.addAttribute("reauthenticate", null);
		}
		return "casework/access/breakglass";
	}

	private static String clean(@Nullable String code) {
		String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
		return value.matches("[A-Z0-9-]{1,40}") ? value : "";
	}

	private static Caseworker breaker() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.BREAK_GLASS)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

	private static Caseworker reviewer() {
		Caseworker who = Caseworkers.current();
		if (!who.may(CaseworkPermission.BREAK_GLASS_REVIEW)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

	private String t(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
