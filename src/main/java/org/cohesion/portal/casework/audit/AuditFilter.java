package org.cohesion.portal.casework.audit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The auditeur's filter: a person (the user who acted), a record (its code), what was
 * done (an {@link AuditAction}), a period (inclusive days in the configured zone). Empty
 * criteria select everything.
 */
public record AuditFilter(@Nullable String actor, @Nullable String record, @Nullable AuditAction action,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	boolean isEmpty() {
		return blank(actor) && blank(record) && action == null && from == null && to == null;
	}

	/**
	 * The actions the filter offers, each shown by its label
	 * {@code mnr.audit.action.<name>}.
	 */
	public List<AuditAction> actions() {
		return List.of(AuditAction.values());
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
