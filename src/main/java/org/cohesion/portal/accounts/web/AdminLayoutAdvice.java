package org.cohesion.portal.accounts.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.accounts.AdminLayout;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.accounts.AdminLayout.NavEntry;
import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.BackOfficeContribution.MenuEntry;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.accounts.Permission;
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
 * here. The menu is what the modules contribute ({@link BackOfficeContribution}), in
 * their order, filtered by the editor's permissions.
 */
@ControllerAdvice
class AdminLayoutAdvice {

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final ResourceUrlProvider resources;

	private final List<BackOfficeContribution> contributions;

	private final AuditTrail audit;

	AdminLayoutAdvice(MessageSource messages, PlatformProperties platform, SiteProperties site,
			ResourceUrlProvider resources, List<BackOfficeContribution> contributions, AuditTrail audit) {
		this.contributions = contributions;
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
		return contributions.stream()
			.flatMap(contribution -> contribution.menu().stream())
			.filter(entry -> entry.permission() == null || editor.can(entry.permission()))
			.sorted(Comparator.comparingInt(MenuEntry::order))
			.map(entry -> entry(entry.messageKey(), entry.path(), locale))
			.toList();
	}

	private NavEntry entry(String key, String path, Locale locale) {
		return new NavEntry(messages.getMessage(key, null, locale), path);
	}

	private String asset(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned != null ? versioned : path;
	}

}
