package org.cohesion.portal.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.cohesion.portal.audit.domain.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/** The audit trail's filters, from the query string (all optional). */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String text,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to) {

	Specification<AuditEntry> toSpecification(ZoneId zone) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (actor != null && !actor.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("actor")), "%" + escape(actor) + "%", '\\'));
			}
			if (action != null && !action.isBlank()) {
				predicates.add(cb.equal(root.get("action"), action));
			}
			if (text != null && !text.isBlank()) {
				predicates.add(cb.like(cb.lower(root.get("summary")), "%" + escape(text) + "%", '\\'));
			}
			if (from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(zone).toInstant()));
			}
			if (to != null) {
				predicates.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** The same filters as a query string, for pagination and the CSV link. */
	public String query() {
		StringBuilder q = new StringBuilder();
		append(q, "actor", actor);
		append(q, "action", action);
		append(q, "text", text);
		append(q, "from", from == null ? null : from.toString());
		append(q, "to", to == null ? null : to.toString());
		return q.toString();
	}

	private static void append(StringBuilder q, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			q.append(q.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String escape(String value) {
		return value.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
