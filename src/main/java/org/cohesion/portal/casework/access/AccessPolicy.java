package org.cohesion.portal.casework.access;

import java.time.Clock;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.springframework.stereotype.Component;

/**
 * The need-to-know policy. Every read of a record goes through {@link #access}; every
 * list, count and search through {@link #listScope}. Providers see nothing yet (later:
 * what is referred to their organisation); analysts, administrators and auditors never
 * read an individual record.
 */
@Component
public class AccessPolicy {

	private final BreakGlass breakGlass;

	private final Clock clock;

	AccessPolicy(BreakGlass breakGlass, Clock clock) {
		this.breakGlass = breakGlass;
		this.clock = clock;
	}

	/** Owner, assigned worker, or supervisor of the record's organisation. */
	public static boolean inScope(Caseworker who, RecordScope scope) {
		if (!readsRecords(who)) {
			return false;
		}
		return scope.ownerId() == who.userId() || scope.assignedUserIds().contains(who.userId())
				|| (who.role() == CaseworkRole.SUPERVISEUR && scope.organisationId() == who.organisationId());
	}

	static boolean readsRecords(Caseworker who) {
		return who.may(CaseworkPermission.PERSON_READ) && who.role() != CaseworkRole.PRESTATAIRE;
	}

	/**
	 * How this user reaches this record, or empty: then the caller answers 404, exactly
	 * as for a record that does not exist.
	 */
	public Optional<Access> access(Caseworker who, RecordScope scope) {
		if (inScope(who, scope)) {
			return Optional.of(Access.IN_SCOPE);
		}
		if (who.may(CaseworkPermission.BREAK_GLASS)) {
			return breakGlass.active(who.userId(), scope.recordRef(), clock.instant())
				.map(grant -> new Access(true, grant.expiresAt(), grant.reason(), grant.ref()));
		}
		return Optional.empty();
	}

	/** {@link #access} or a {@link RecordNotFoundException}. */
	public Access require(Caseworker who, RecordScope scope) {
		return access(who, scope).orElseThrow(RecordNotFoundException::new);
	}

	public static ListScope listScope(Caseworker who) {
		return new ListScope(readsRecords(who), who.userId(), who.organisationId(),
				who.role() == CaseworkRole.SUPERVISEUR);
	}

}
