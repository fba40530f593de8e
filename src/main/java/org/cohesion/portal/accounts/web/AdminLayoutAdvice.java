package org.cohesion.portal.accounts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.AdminLayout;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.AdminLayout.NavEntry;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.internal.SignInStages;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every back-office page its {@link AdminLayout}; public pages get nothing from
 * here.
 */
@ControllerAdvice
class AdminLayoutAdvice {

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final ResourceUrlProvider resources;

	private final AuditTrail audit;

	AdminLayoutAdvice(MessageSource messages, PlatformProperties platform, SiteProperties site,
			ResourceUrlProvider resources, AuditTrail audit) {
		this.messages = messages;
		this.platform = platform;
		this.site = site;
		this.resources = resources;
		this.audit = audit;
	}

	@ModelAttribute("admin")
	AdminLayout admin(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/admin")) {
			return null;
		}
		CurrentEditor editor = Editors.current().orElse(null);
		if (editor == null) {
			return null;
		}
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		String alert = flash == null ? null : (String) flash.get("alert");
		if (alert == null && editor.can(Permission.AUDIT_READ)) {
			// a broken audit chain is said to those who can act on it, on every page
			alert = audit.lastCheck()
				.filter(check -> !check.intact())
				.map(check -> messages.getMessage("audit.broken.banner",
						new Object[] { String.valueOf(check.firstBrokenSequence()) }, locale))
				.orElse(null);
		}
		return new AdminLayout(editor, csrf != null ? csrf.getParameterName() : "_csrf",
				csrf != null ? csrf.getToken() : "", navigation(editor, locale), path,
				flash == null ? null : (String) flash.get("notice"), alert, site.name(), messages, locale,
				platform.timeZone(), this::asset);
	}

	private List<NavEntry> navigation(CurrentEditor editor, Locale locale) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!SignInStages.has(authentication, Permission.BACKOFFICE_ACCESS.authority())) {
			// still enrolling a second factor: nothing else is reachable yet
			return List.of();
		}
		List<NavEntry> entries = new ArrayList<>();
		entries.add(entry("admin.nav.dashboard", "/admin", locale));
		add(entries, editor, Permission.ARTICLE_WRITE, "admin.nav.articles", "/admin/actualites", locale);
		add(entries, editor, Permission.FLASH_MANAGE, "admin.nav.flash", "/admin/flash-infos", locale);
		add(entries, editor, Permission.MEDIA_UPLOAD, "admin.nav.media", "/admin/medias", locale);
		add(entries, editor, Permission.SECTION_MANAGE, "admin.nav.sections", "/admin/rubriques", locale);
		add(entries, editor, Permission.PAGE_MANAGE, "admin.nav.pages", "/admin/pages", locale);
		add(entries, editor, Permission.NEWSLETTER_MANAGE, "admin.nav.newsletter", "/admin/lettre", locale);
		add(entries, editor, Permission.SUBSCRIBER_MANAGE, "admin.nav.subscribers", "/admin/abonnes", locale);
		add(entries, editor, Permission.ACCOUNT_MANAGE, "admin.nav.accounts", "/admin/comptes", locale);
		add(entries, editor, Permission.AUDIT_READ, "admin.nav.audit", "/admin/journal", locale);
		add(entries, editor, Permission.SETTINGS_MANAGE, "admin.nav.mail", "/admin/courriels", locale);
		add(entries, editor, Permission.SEARCH_REINDEX, "admin.nav.search", "/admin/recherche", locale);
		entries.add(entry("admin.nav.secondFactor", SignInStages.ENROLMENT_PAGE, locale));
		return List.copyOf(entries);
	}

	private void add(List<NavEntry> entries, CurrentEditor editor, Permission permission, String key, String path,
			Locale locale) {
		if (editor.can(permission)) {
			entries.add(entry(key, path, locale));
		}
	}

	private NavEntry entry(String key, String path, Locale locale) {
		return new NavEntry(messages.getMessage(key, null, locale), path);
	}

	private String asset(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned != null ? versioned : path;
	}

}
