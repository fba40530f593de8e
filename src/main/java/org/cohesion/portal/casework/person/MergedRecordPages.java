package org.cohesion.portal.casework.person;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.AccessPolicy;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.person.PersonViews.Details;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What duplicates add to the person pages, kept out of {@code PersonController}: the code
 * of a merged record leads to the survivor (for a user who may read the merged record;
 * anyone else gets the controller's 404), except the merged record's own page asked for
 * with {@code ?fusionnee} (read only, with a banner); and the person page gets the
 * duplicates panel and, after a redirect, the note that it was reached through a merged
 * code.
 */
@Configuration(proxyBeanMethods = false)
class MergedRecordPages implements WebMvcConfigurer {

	static final Pattern PATH = Pattern.compile("/mnr/personnes/(MNR-\\d{4}-[A-Z]{2,6}-\\d{5})(/.*)?");

	static final String ARCHIVE = "fusionnee";

	static final String FROM = "depuis";

	private final PersonRepository people;

	private final PersonRecords records;

	private final PersonMatches matches;

	private final JdbcTemplate jdbc;

	private final CaseworkAudit audit;

	MergedRecordPages(PersonRepository people, PersonRecords records, PersonMatches matches,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, CaseworkAudit audit) {
		this.people = people;
		this.records = records;
		this.matches = matches;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws Exception {
				return follow(request, response);
			}

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					@Nullable ModelAndView view) {
				decorate(request, view);
			}
		}).addPathPatterns("/mnr/personnes/*", "/mnr/personnes/*/**");
	}

	private boolean follow(HttpServletRequest request, HttpServletResponse response) throws Exception {
		Matcher path = PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		Optional<Caseworker> who = Caseworkers.find();
		if (!path.matches() || who.isEmpty() || !who.get().may(CaseworkPermission.PERSON_READ)) {
			return true;
		}
		String code = path.group(1);
		String rest = path.group(2) == null ? "" : path.group(2);
		if (rest.isEmpty() && "GET".equals(request.getMethod()) && request.getParameterMap().containsKey(ARCHIVE)) {
			return true;
		}
		List<String> survivor = jdbc.queryForList(
				"select s.code from mnr_person p join mnr_person s on s.id = p.merged_into_id where p.code = ?",
				String.class, code);
		if (survivor.isEmpty()) {
			return true;
		}
		Person merged = people.findByCode(code).orElseThrow();
		if (!AccessPolicy.inScope(who.get(), records.scope(merged))) {
			return true;
		}
		audit.record(who.get(), request.getRemoteAddr(), AuditEvent.of(AuditAction.VIEW, "person", code,
				"code d’une fiche fusionnée : renvoi vers " + survivor.get(0)));
		response.setStatus(HttpServletResponse.SC_SEE_OTHER);
		response.setHeader("Location", "/mnr/personnes/" + survivor.get(0) + rest + "?" + FROM + "=" + code);
		return false;
	}

	private void decorate(HttpServletRequest request, @Nullable ModelAndView view) {
		if (view == null || !"casework/person/view".equals(view.getViewName())
				|| !(view.getModel().get("person") instanceof Details person)) {
			return;
		}
		Caseworker who = Caseworkers.current();
		List<String> into = jdbc.queryForList(
				"select s.code from mnr_person p join mnr_person s on s.id = p.merged_into_id where p.code = ?",
				String.class, person.code());
		view.addObject("mergedInto", into.isEmpty() ? null : into.get(0));
		String from = request.getParameter(FROM);
		view.addObject("mergedFrom", from != null && PATH.matcher("/mnr/personnes/" + from).matches() ? from : null);
		if (into.isEmpty() && person.breakGlassUntil() == null) {
			view.addObject("matches", matches.forRecord(who, request.getRemoteAddr(), person.code()));
		}
	}

}
