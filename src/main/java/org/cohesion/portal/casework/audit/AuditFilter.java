package org.cohesion.portal.casework.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The auditeur's filter: a person (the user who acted), a record (its code), a period
 * (inclusive days in the configured zone). Empty criteria select everything.
 */
public record AuditFilter(@Nullable String actor, @Nullable String record, @Nullable LocalDate from,
		@Nullable LocalDate to) {

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null);
	}

	boolean isEmpty() {
		return blank(actor) && blank(record) && from == null && to == null;
	}

	static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
