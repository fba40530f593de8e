package org.cohesion.portal.audit;

import java.util.List;

import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail as its administration pages read it: a filtered page of entries, the
 * actions that occur, the chain check and the CSV export, each in its own transaction.
 * The check and the export are themselves recorded in the trail, in the same transaction
 * as the reading.
 */
@Service
public class AuditJournal {

	private final AuditEntryRepository entries;

	private final AuditTrail audit;

	AuditJournal(AuditEntryRepository entries, AuditTrail audit) {
		this.entries = entries;
		this.audit = audit;
	}

	/** A page of entries and the distinct actions (for the filter's list). */
	public record Found(Page<AuditEntry> entries, List<String> actions) {
	}

	@Transactional(readOnly = true)
	public Found find(Specification<AuditEntry> filter, Pageable pageable) {
		return new Found(entries.findAll(filter, pageable), entries.findDistinctActions());
	}

	/** Checks the chain, records the check, and returns it with the first page. */
	public record Checked(AuditVerification verification, Found first) {
	}

	@Transactional
	public Checked verify(String actor, @Nullable String ip, Pageable firstPage) {
		AuditVerification verification = audit.verify();
		audit.record(actor, ip, "AUDIT_VERIFIED", "audit", null,
				verification.intact() ? "Vérification du journal : intact (" + verification.checked() + " entrées)"
						: "Vérification du journal : rupture à l’entrée n° " + verification.firstBrokenSequence(),
				null, null);
		return new Checked(verification, new Found(entries.findAll(firstPage), entries.findDistinctActions()));
	}

	/** The entries to export, oldest first; the export itself is recorded. */
	@Transactional // not read-only: the export itself is recorded in the trail
	public List<AuditEntry> export(String actor, @Nullable String ip, Specification<AuditEntry> filter, String query) {
		List<AuditEntry> found = entries.findAll(filter, Sort.by(Sort.Direction.ASC, "sequence"));
		audit.record(actor, ip, "AUDIT_EXPORTED", "audit", null, "Export CSV du journal (" + found.size() + " entrées)",
				null, query);
		return found;
	}

}
