package org.cohesion.portal.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.media.MediaRenditions;
import org.cohesion.portal.layout.Layout;
import org.cohesion.portal.layout.NavItem;
import org.cohesion.portal.newsletter.FormTokens;
import org.cohesion.portal.i18n.PageLanguage;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.site.domain.LocalizedPageLink;
import org.cohesion.portal.site.web.SiteReader;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Gives every public page its {@link Layout}. */
@ControllerAdvice
class LayoutAdvice {

	private final SiteProperties site;

	private final PlatformProperties platform;

	private final SiteReader siteReader;

	private final MessageSource messages;

	private final ResourceUrlProvider resources;

	private final FormTokens forms;

	private final MediaRenditions renditions;

	LayoutAdvice(SiteProperties site, PlatformProperties platform, SiteReader siteReader, MessageSource messages,
			ResourceUrlProvider resources, FormTokens forms, MediaRenditions renditions) {
		this.renditions = renditions;
		this.forms = forms;
		this.site = site;
		this.platform = platform;
		this.siteReader = siteReader;
		this.messages = messages;
		this.resources = resources;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the back office has its own frame, except its previews of public pages
		boolean preview = path.startsWith("/admin/") && path.endsWith("/apercu");
		if ((path.startsWith("/admin") && !preview) || path.startsWith("/connexion") || path.startsWith("/api/")
				|| path.equals("/recherche/suggestions")) {
			return null;
		}
		String page = request.getParameter("page");
		String pageQuery = page != null && page.matches("[2-9]|[1-9]\\d{1,3}") ? "?page=" + page : "";
		String canonical = platform.baseUrlWithoutSlash() + path + pageQuery;
		PageLanguage pageLanguage = PageLanguage.of(request);
		boolean translated = pageLanguage != null && !pageLanguage.languages().isDefault(pageLanguage.language());
		// in another language, the pages' translated titles and addresses where they have
		// them
		List<LocalizedPageLink> links = siteReader.navigation(translated ? pageLanguage.language() : null);
		var staticPages = links.stream().map(p -> new NavItem(p.title(), "/" + p.slug())).toList();
		List<NavItem> navigation = new ArrayList<>();
		navigation.add(new NavItem(messages.getMessage("nav.home", null, locale), "/"));
		navigation.add(new NavItem(messages.getMessage("nav.news", null, locale), "/actualites"));
		navigation.add(new NavItem(messages.getMessage("nav.flash", null, locale), "/flash-infos"));
		navigation.add(new NavItem(messages.getMessage("nav.galleries", null, locale), "/galeries"));
		navigation.add(new NavItem(messages.getMessage("nav.newsletter", null, locale), "/newsletter"));
		links.stream()
			.filter(p -> "le-ministere".equals(p.originalSlug()))
			.findFirst()
			.ifPresent(p -> navigation.add(new NavItem(p.title(), "/" + p.slug())));
		List<Layout.TickerItem> ticker = siteReader.ticker(locale.getLanguage())
			.stream()
			.map(item -> new Layout.TickerItem(item.language(), item.label(), item.text(), item.href()))
			.toList();
		return new Layout(site, ticker, List.copyOf(navigation), staticPages, path, platform.baseUrlWithoutSlash(),
				canonical, messages, locale, platform.timeZone(), this::asset, platform.demo().enabled(), pageLanguage,
				pageQuery, () -> forms.issue("newsletter"), renditions::webpSrcset,
				org.cohesion.portal.media.MediaPaths::srcset);
	}

	/**
	 * Renders the French 404 page directly (rather than through the container's error
	 * dispatch), so that it keeps the site's frame and costs one render.
	 */
	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws java.io.IOException {
		Layout layout = layout(request, locale);
		if (layout == null) {
			// the back office has no public frame: the container's error page answers
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return new ModelAndView();
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=60");
		return new ModelAndView("site/error", Map.of("layout", layout, "status", 404, "kind", "notFound"),
				HttpStatus.NOT_FOUND);
	}

	private String asset(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned != null ? versioned : path;
	}

}
