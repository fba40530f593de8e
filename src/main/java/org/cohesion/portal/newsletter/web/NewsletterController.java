package org.cohesion.portal.newsletter.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.news.SectionView;
import org.cohesion.portal.newsletter.domain.EmailAddress;
import org.cohesion.portal.newsletter.internal.RateLimits;
import org.cohesion.portal.newsletter.internal.Subscriptions;
import org.cohesion.portal.newsletter.FormTokens;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public side of the newsletter. The public site has no session, hence no CSRF token:
 * the sign-up and data-request forms carry a signed form token and must come from this
 * site (Origin, else Referer), a honeypot field catches naive robots, and client and
 * e-mail addresses are rate-limited. Links from e-mails are signed; the pages they open
 * change nothing until a button is pressed (POST), so mail scanners that fetch links
 * confirm and unsubscribe no one. Pages reached by a personal link are never cached and
 * send no Referer.
 */
@Controller
class NewsletterController {

	static final String FORM = "newsletter";

	private final Subscriptions subscriptions;

	private final NewsApi news;

	private final FormTokens forms;

	private final RateLimits limits;

	private final MessageSource messages;

	private final SiteProperties site;

	private final PlatformProperties platform;

	NewsletterController(Subscriptions subscriptions, NewsApi news, FormTokens forms, RateLimits limits,
			MessageSource messages, SiteProperties site, PlatformProperties platform) {
		this.subscriptions = subscriptions;
		this.news = news;
		this.forms = forms;
		this.limits = limits;
		this.messages = messages;
		this.site = site;
		this.platform = platform;
	}

	@GetMapping("/newsletter")
	String page(Model model) {
		model.addAttribute("form", new SubscribePage("", Set.of(), false, sections(), Map.of(), forms.issue(FORM)));
		return "newsletter/subscribe";
	}

	@PostMapping("/newsletter/inscription")
	String subscribe(@RequestParam(defaultValue = "") String email,
			@RequestParam(name = "interests", required = false) @Nullable List<String> interests,
			@RequestParam(defaultValue = "") String consent, @RequestParam(defaultValue = "") String jeton,
			@RequestParam(name = "site_web", defaultValue = "") String honeypot, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Set<String> chosen = interests == null ? Set.of() : new LinkedHashSet<>(interests);
		String address = email.strip();
		if (!sameSite(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return result(model, "newsletter.refused.title", "newsletter.refused.origin", locale);
		}
		if (!honeypot.isEmpty()) {
			// a robot filled the field people never see: answer as if all went well
			return result(model, "newsletter.check.title", "newsletter.check.text", locale);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (!forms.verify(FORM, jeton)) {
			errors.put("form", t("newsletter.error.expired", locale));
		}
		if (address.isEmpty()) {
			errors.put("email", t("newsletter.error.emailMissing", locale));
		}
		else {
			var parsed = EmailAddress.parse(address);
			if (parsed.isEmpty()) {
				errors.put("email", t("newsletter.error.emailInvalid", locale));
			}
			else if (parsed.get().needsUtf8() && !subscriptions.canWriteToUtf8Addresses()) {
				errors.put("email", t("newsletter.error.emailUtf8", locale));
			}
		}
		if (!"oui".equals(consent)) {
			errors.put("consent", t("newsletter.error.consent", locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("form",
					new SubscribePage(address, chosen, "oui".equals(consent), sections(), errors, forms.issue(FORM)));
			return "newsletter/subscribe";
		}
		if (!limits.allowIp(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			return result(model, "newsletter.limited.title", "newsletter.limited.text", locale);
		}
		if (limits.allowEmail(address.toLowerCase(Locale.ROOT))) {
			Set<String> known = sections().stream().map(SectionView::slug).collect(java.util.stream.Collectors.toSet());
			subscriptions.subscribe(address, chosen.stream().filter(known::contains).toList(), request.getRemoteAddr(),
					wording(locale), locale);
		}
		return result(model, "newsletter.check.title", "newsletter.check.text", locale);
	}

	/** The page behind the e-mail's link: a button, nothing done yet. */
	@GetMapping("/newsletter/confirmation")
	String confirmPage(@RequestParam(name = "j", defaultValue = "") String token, HttpServletResponse response,
			Model model, Locale locale) {
		personal(response);
		if (!subscriptions.confirmable(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		model.addAttribute("token", token);
		return "newsletter/confirm";
	}

	@PostMapping("/newsletter/confirmation")
	String confirm(@RequestParam(name = "j", defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		personal(response);
		if (!subscriptions.confirm(token, request.getRemoteAddr())) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		return result(model, "newsletter.confirmed.title", "newsletter.confirmed.text", locale);
	}

	@GetMapping("/newsletter/desinscription")
	String unsubscribePage(@RequestParam(name = "j", defaultValue = "") String token, HttpServletResponse response,
			Model model) {
		personal(response);
		model.addAttribute("token", token);
		return "newsletter/unsubscribe";
	}

	/**
	 * Both the button of the page above and RFC 8058's one-click POST from a mail client
	 * ({@code List-Unsubscribe=One-Click} in the body): the signed link is the
	 * authorisation, so no Origin is required here.
	 */
	@PostMapping("/newsletter/desinscription")
	String unsubscribe(@RequestParam(name = "j", defaultValue = "") String token, HttpServletResponse response,
			Model model, Locale locale) {
		personal(response);
		if (!subscriptions.unsubscribe(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		return result(model, "newsletter.unsubscribed.title", "newsletter.unsubscribed.text", locale);
	}

	@GetMapping("/newsletter/preferences")
	String preferences(@RequestParam(name = "j", defaultValue = "") String token, HttpServletResponse response,
			Model model, Locale locale) {
		personal(response);
		var subscriber = subscriptions.manage(token).orElse(null);
		if (subscriber == null) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		model.addAttribute("subscriber", subscriber);
		model.addAttribute("sections", sections());
		model.addAttribute("token", token);
		return "newsletter/preferences";
	}

	@PostMapping("/newsletter/preferences")
	String changePreferences(@RequestParam(name = "j", defaultValue = "") String token,
			@RequestParam(name = "interests", required = false) @Nullable List<String> interests,
			HttpServletResponse response, Model model, Locale locale) {
		personal(response);
		Set<String> known = sections().stream().map(SectionView::slug).collect(java.util.stream.Collectors.toSet());
		if (!subscriptions.changeInterests(token,
				interests == null ? List.of() : interests.stream().filter(known::contains).toList())) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		return result(model, "newsletter.saved.title", "newsletter.saved.text", locale);
	}

	@PostMapping("/newsletter/effacement")
	String erase(@RequestParam(name = "j", defaultValue = "") String token, HttpServletResponse response, Model model,
			Locale locale) {
		personal(response);
		if (!subscriptions.erase(token)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return invalidLink(model, locale);
		}
		return result(model, "newsletter.erased.title", "newsletter.erased.text", locale);
	}

	@GetMapping("/newsletter/mes-donnees")
	String dataPage(Model model) {
		model.addAttribute("token", forms.issue(FORM));
		model.addAttribute("error", "");
		return "newsletter/data";
	}

	/** Same answer whether the address is known: the data goes to the mailbox only. */
	@PostMapping("/newsletter/mes-donnees")
	String requestData(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String jeton,
			@RequestParam(name = "site_web", defaultValue = "") String honeypot, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		if (!sameSite(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return result(model, "newsletter.refused.title", "newsletter.refused.origin", locale);
		}
		String address = email.strip();
		if (!forms.verify(FORM, jeton) || EmailAddress.parse(address).isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("token", forms.issue(FORM));
			model.addAttribute("error", t(
					forms.verify(FORM, jeton) ? "newsletter.error.emailInvalid" : "newsletter.error.expired", locale));
			return "newsletter/data";
		}
		if (!limits.allowIp(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			return result(model, "newsletter.limited.title", "newsletter.limited.text", locale);
		}
		if (honeypot.isEmpty() && limits.allowEmail(address.toLowerCase(Locale.ROOT))) {
			subscriptions.sendData(address, locale);
		}
		return result(model, "newsletter.dataSent.title", "newsletter.dataSent.text", locale);
	}

	/** The exact words the person agreed to, as kept in the consent record. */
	String wording(Locale locale) {
		return t("newsletter.consent.label", locale) + " " + t("newsletter.privacy", locale, site.name(), site.email());
	}

	private List<SectionView> sections() {
		return news.sections();
	}

	/**
	 * A browser sends Origin with every POST (older ones a Referer): it must name this
	 * site, as configured or as the request addressed it.
	 */
	private boolean sameSite(HttpServletRequest request) {
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			String referer = request.getHeader(HttpHeaders.REFERER);
			if (referer == null) {
				return false;
			}
			try {
				URI uri = URI.create(referer);
				origin = uri.getScheme() + "://" + uri.getRawAuthority();
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}
		String own = request.getScheme() + "://" + request.getHeader(HttpHeaders.HOST);
		return origin.equalsIgnoreCase(platform.baseUrlWithoutSlash()) || origin.equalsIgnoreCase(own)
				|| origin.equalsIgnoreCase(origin(platform.baseUrl()));
	}

	private static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

	private static void personal(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	private String invalidLink(Model model, Locale locale) {
		model.addAttribute("result", new ResultPage(t("newsletter.invalid.title", locale),
				t("newsletter.invalid.text", locale), "/newsletter", t("newsletter.invalid.link", locale)));
		return "newsletter/result";
	}

	private String result(Model model, String title, String text, Locale locale) {
		model.addAttribute("result",
				new ResultPage(t(title, locale), t(text, locale), "/actualites", t("newsletter.result.news", locale)));
		return "newsletter/result";
	}

	private String t(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
