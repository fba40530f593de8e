package org.cohesion.portal.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.CaseworkLayout;
import org.cohesion.portal.casework.CaseworkLayout.NavEntry;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.dashboard.Dashboards;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;
import org.cohesion.portal.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Gives every casework page (controllers of the casework packages) its
 * {@link CaseworkLayout} as the model attribute {@code layout}.
 */
@ControllerAdvice(basePackages = "org.cohesion.portal.casework")
class CaseworkLayoutAdvice {

	/** Entries of the navigation, each shown to the roles holding its permission. */
	private static final List<Entry> ENTRIES = List.of(new Entry("mnr.nav.home", "/mnr", null),
			new Entry("mnr.nav.alerts", "/mnr/signalements", CaseworkPermission.PERSON_CREATE),
			new Entry("mnr.nav.cases", "/mnr/dossiers", CaseworkPermission.PERSON_READ),
			// supervisors, case workers and analysts: a cell's or the DLTP's figures
			new Entry("mnr.nav.dashboard", "/mnr/tableau-de-bord", null, Dashboards::offeredTo),
			new Entry("mnr.nav.transfers", "/mnr/transferts", null,
					who -> who.role() == CaseworkRole.GESTIONNAIRE_CAS || who.role() == CaseworkRole.SUPERVISEUR),
			new Entry("mnr.nav.closures", "/mnr/clotures", CaseworkPermission.CASE_CLOSE_REQUEST),
			new Entry("mnr.nav.people", "/mnr/personnes", CaseworkPermission.PERSON_READ),
			new Entry("mnr.nav.referrals", "/mnr/referencements", CaseworkPermission.REFERRAL_ANSWER),
			new Entry("mnr.nav.directory", "/mnr/annuaire", CaseworkPermission.DIRECTORY_READ),
			new Entry("mnr.nav.capacity", "/mnr/annuaire/capacite", CaseworkPermission.CAPACITY_UPDATE),
			new Entry("mnr.nav.users", "/mnr/admin/utilisateurs", CaseworkPermission.USERS_MANAGE),
			new Entry("mnr.nav.organisations", "/mnr/admin/organisations", CaseworkPermission.ORGANISATIONS_MANAGE),
			new Entry("mnr.nav.services", "/mnr/admin/services", CaseworkPermission.ORGANISATIONS_MANAGE),
			new Entry("mnr.nav.audit", "/mnr/journal", CaseworkPermission.AUDIT_READ));

	private record Entry(String key, String path, @Nullable CaseworkPermission permission,
			@Nullable Predicate<Caseworker> shownTo) {

		Entry(String key, String path, @Nullable CaseworkPermission permission) {
			this(key, path, permission, null);
		}

		boolean shownTo(Caseworker caseworker) {
			if (shownTo != null) {
				return shownTo.test(caseworker);
			}
			return permission == null || caseworker.may(permission);
		}

	}

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final ResourceUrlProvider resources;

	CaseworkLayoutAdvice(MessageSource messages, PlatformProperties platform, ResourceUrlProvider resources) {
		this.messages = messages;
		this.platform = platform;
		this.resources = resources;
	}

	@ModelAttribute("layout")
	CaseworkLayout layout(HttpServletRequest request, Locale locale) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Caseworker caseworker = Caseworkers.find().orElse(null);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		List<NavEntry> navigation = new ArrayList<>();
		if (caseworker != null) {
			for (Entry entry : ENTRIES) {
				if (entry.shownTo(caseworker)) {
					navigation.add(new NavEntry(messages.getMessage(entry.key(), null, locale), entry.path()));
				}
			}
		}
		return new CaseworkLayout(caseworker, csrf != null ? csrf.getParameterName() : "_csrf",
				csrf != null ? csrf.getToken() : "", navigation, path,
				flash == null ? null : (String) flash.get("notice"), flash == null ? null : (String) flash.get("alert"),
				messages, locale, platform.timeZone(), List.of(asset("/css/admin.css"), asset("/css/mnr.css")),
				asset("/js/admin.js"));
	}

	private String asset(String path) {
		String versioned = resources.getForLookupPath(path);
		return versioned != null ? versioned : path;
	}

}
