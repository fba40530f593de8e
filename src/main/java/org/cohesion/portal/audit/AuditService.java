package org.cohesion.portal.audit;

import java.time.Clock;
import java.util.Iterator;

import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.cohesion.portal.audit.domain.AuditHead;
import org.cohesion.portal.audit.domain.AuditHeadRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class AuditService implements AuditTrail {

	private final AuditEntryRepository entries;

	private final AuditHeadRepository heads;

	private final Clock clock;

	AuditService(AuditEntryRepository entries, AuditHeadRepository heads, Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, @Nullable String ip, String action, String targetType, @Nullable String targetId,
			String summary, @Nullable String before, @Nullable String after) {
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit_head row missing"));
		AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, clock.instant(), actor, ip, action, targetType,
				targetId, summary, before, after, head.getLastHash());
		entries.save(entry);
		head.advance(entry);
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String expectedPrevious = AuditEntry.genesis();
		long expectedSequence = 1;
		long checked = 0;
		try (var stream = entries.streamAllInOrder()) {
			Iterator<AuditEntry> iterator = stream.iterator();
			while (iterator.hasNext()) {
				AuditEntry entry = iterator.next();
				if (entry.getSequence() != expectedSequence || !entry.getPreviousHash().equals(expectedPrevious)
						|| !entry.getHash().equals(entry.computeHash())) {
					return new AuditVerification(false, checked, entry.getSequence());
				}
				expectedPrevious = entry.getHash();
				expectedSequence++;
				checked++;
			}
		}
		AuditHead head = heads.findById(1).orElseThrow();
		if (head.getLastSequence() != checked || !head.getLastHash().equals(expectedPrevious)) {
			// entries were removed from the end
			return new AuditVerification(false, checked, checked + 1);
		}
		return new AuditVerification(true, checked, null);
	}

}
