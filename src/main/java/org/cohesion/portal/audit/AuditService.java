package org.cohesion.portal.audit;

import java.time.Clock;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.cohesion.portal.audit.domain.AuditEntry;
import org.cohesion.portal.audit.domain.AuditEntryRepository;
import org.cohesion.portal.audit.domain.AuditHead;
import org.cohesion.portal.audit.domain.AuditHeadRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class AuditService implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger(AuditService.class);

	static final String KEYED = "AUDIT_CHAIN_KEYED";

	private final AuditEntryRepository entries;

	private final AuditHeadRepository heads;

	private final AuditKey key;

	private final AuditCheckpoint checkpoint;

	private final Clock clock;

	private final AtomicReference<@Nullable AuditVerification> last = new AtomicReference<>();

	AuditService(AuditEntryRepository entries, AuditHeadRepository heads, AuditKey key, AuditCheckpoint checkpoint,
			Clock clock) {
		this.entries = entries;
		this.heads = heads;
		this.key = key;
		this.checkpoint = checkpoint;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, @Nullable String ip, String action, String targetType, @Nullable String targetId,
			String summary, @Nullable String before, @Nullable String after) {
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit_head row missing"));
		if (head.getKeyedFrom() == null) {
			keyChain(head);
		}
		append(head, actor, ip, action, targetType, targetId, summary, before, after);
	}

	/**
	 * The first start with the key: an entry, keyed, that seals the unkeyed entries
	 * before it (its HMAC covers their last hash). Recorded as such; nothing is
	 * rewritten.
	 */
	@Transactional
	public void ensureKeyed() {
		AuditHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit_head row missing"));
		if (head.getKeyedFrom() == null) {
			keyChain(head);
		}
	}

	private void keyChain(AuditHead head) {
		long before = head.getLastSequence();
		AuditEntry entry = append(head, "système", null, KEYED, "audit", null,
				"Chaînage du journal désormais signé par la clé d’audit (HMAC-SHA256) ; les " + before
						+ " entrées précédentes, chaînées par SHA-256, sont scellées par celle-ci",
				null, null);
		head.keyFrom(entry.getSequence());
	}

	private AuditEntry append(AuditHead head, String actor, @Nullable String ip, String action, String targetType,
			@Nullable String targetId, String summary, @Nullable String before, @Nullable String after) {
		AuditEntry entry = new AuditEntry(head.getLastSequence() + 1, clock.instant(), actor, ip, action, targetType,
				targetId, summary, before, after, head.getLastHash(), key::mac);
		entries.save(entry);
		head.advance(entry);
		long keyedFrom = head.getKeyedFrom() == null ? entry.getSequence() : head.getKeyedFrom();
		AuditCheckpoint.Mark mark = new AuditCheckpoint.Mark(entry.getSequence(), entry.getHash(), keyedFrom);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					checkpoint.advance(mark);
				}
			});
		}
		return entry;
	}

	@Override
	@Transactional(readOnly = true)
	public AuditVerification verify() {
		AuditVerification result = check();
		last.set(result);
		return result;
	}

	@Override
	public Optional<AuditVerification> lastCheck() {
		return Optional.ofNullable(last.get());
	}

	private AuditVerification check() {
		AuditHead head = heads.findById(1).orElseThrow();
		Long keyedFrom = head.getKeyedFrom();
		Optional<AuditCheckpoint.Mark> mark;
		try {
			mark = checkpoint.read();
		}
		catch (AuditCheckpoint.Tampered ex) {
			log.error("The audit checkpoint {} is not signed with the audit key", checkpoint.file());
			return new AuditVerification(false, 0, 1L);
		}
		if (mark.isPresent() && (keyedFrom == null || keyedFrom != mark.get().keyedFrom())) {
			// the keyed part of the chain was moved or removed
			return new AuditVerification(false, 0, mark.get().keyedFrom());
		}
		String expectedPrevious = AuditEntry.genesis();
		long expectedSequence = 1;
		long checked = 0;
		try (var stream = entries.streamAllInOrder()) {
			Iterator<AuditEntry> iterator = stream.iterator();
			while (iterator.hasNext()) {
				AuditEntry entry = iterator.next();
				boolean keyed = keyedFrom != null && entry.getSequence() >= keyedFrom;
				String expectedHash = keyed ? key.mac(entry.canonical()) : entry.computeHash();
				if (entry.getSequence() != expectedSequence || !entry.getPreviousHash().equals(expectedPrevious)
						|| !entry.getHash().equals(expectedHash)) {
					return new AuditVerification(false, checked, entry.getSequence());
				}
				if (mark.isPresent() && entry.getSequence() == mark.get().sequence()
						&& !entry.getHash().equals(mark.get().hash())) {
					return new AuditVerification(false, checked, entry.getSequence());
				}
				expectedPrevious = entry.getHash();
				expectedSequence++;
				checked++;
			}
		}
		if (head.getLastSequence() != checked || !head.getLastHash().equals(expectedPrevious)) {
			// entries were removed from the end
			return new AuditVerification(false, checked, checked + 1);
		}
		if (mark.isPresent() && mark.get().sequence() > checked) {
			// the end of the chain, and the head with it, were cut back below the
			// checkpoint
			return new AuditVerification(false, checked, checked + 1);
		}
		return new AuditVerification(true, checked, null);
	}

	/** The signed line of the current head, for the log. */
	@Transactional(readOnly = true)
	public String checkpointLine() {
		AuditHead head = heads.findById(1).orElseThrow();
		long keyedFrom = head.getKeyedFrom() == null ? 0 : head.getKeyedFrom();
		return checkpoint.line(new AuditCheckpoint.Mark(head.getLastSequence(), head.getLastHash(), keyedFrom));
	}

}
