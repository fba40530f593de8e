package org.cohesion.portal.casework.transfer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.access.Notifications;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.casefile.CaseClosed;
import org.cohesion.portal.casework.casefile.CaseEventKind;
import org.cohesion.portal.casework.casefile.CaseFiles;
import org.cohesion.portal.casework.crypto.EncryptedTable;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.transfer.TransferViews.CasePage;
import org.cohesion.portal.casework.transfer.TransferViews.Past;
import org.cohesion.portal.casework.transfer.TransferViews.Pending;
import org.cohesion.portal.casework.transfer.TransferViews.Receiver;
import org.cohesion.portal.casework.transfer.TransferViews.RequestForm;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Transfers of responsibility. The owner of a case, or a supervisor of its cell, asks to
 * pass it to a case worker (or supervisor) of the same cell or of another one, with a
 * reason (encrypted). The receiver — or a supervisor of the receiving cell — accepts or
 * declines. Until it is accepted the receiver sees only the request (case code, who asks,
 * why), not the case; once accepted the case has its new owner and cell, and the former
 * owner reaches it no more (a supervisor of the former cell neither, when it moved to
 * another cell). Every step is audited, on the case's timeline and notified.
 */
@Service
public class Transfers {

	static final String TABLE = "mnr_case_transfer";

	private static final String RECEIVERS = "select u.id, u.display_name, o.code, o.name from mnr_user u"
			+ " join mnr_organisation o on o.id = u.organisation_id where u.enabled = true"
			+ " and u.role in ('GESTIONNAIRE_CAS', 'SUPERVISEUR') and o.kind in ('DLTP', 'CELLULE_REGIONALE')"
			+ " and o.active = true";

	private final CaseTransferRepository transfers;

	private final CaseFiles cases;

	private final FieldCipher cipher;

	private final CaseworkAudit audit;

	private final Notifications notifications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Transfers(CaseTransferRepository transfers, CaseFiles cases, FieldCipher cipher, CaseworkAudit audit,
			Notifications notifications, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, Clock clock) {
		this.transfers = transfers;
		this.cases = cases;
		this.cipher = cipher;
		this.audit = audit;
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The case's transfers and the form to ask for one; 404 unless owner or supervisor.
	 */
	@CaseworkTransactional
	public CasePage casePage(Caseworker who, String caseCode, RequestForm form, Map<String, String> errors) {
		CaseFiles.Holder holder = cases.forTransfer(who, caseCode);
		audit.record(AuditEvent.of(AuditAction.VIEW, "case", caseCode, "transferts"));
		List<Receiver> receivers = jdbc.query(RECEIVERS + " and u.id <> ? order by o.name, u.display_name",
				(rs, row) -> new Receiver(rs.getLong(1), rs.getString(2), rs.getString(4)), holder.ownerId());
		List<Past> history = jdbc.query("select f.name, u.display_name, o.name, t.status, t.requested_at"
				+ " from mnr_case_transfer t join mnr_organisation f on f.id = t.from_organisation_id"
				+ " join mnr_user u on u.id = t.to_user_id join mnr_organisation o on o.id = t.to_organisation_id"
				+ " where t.case_id = ? order by t.requested_at desc, t.id desc",
				(rs, row) -> new Past(rs.getString(1), rs.getString(2), rs.getString(3),
						TransferStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()),
				holder.caseId());
		boolean pending = transfers.existsByCaseIdAndStatus(holder.caseId(), TransferStatus.REQUESTED);
		return new CasePage(caseCode, holder.open(), pending, receivers, history, form, errors);
	}

	/** Asks for the transfer, or returns the errors (message keys by field). */
	@CaseworkTransactional
	public Map<String, String> request(Caseworker who, String caseCode, RequestForm form) {
		CaseFiles.Holder holder = cases.forTransfer(who, caseCode);
		Map<String, String> errors = new LinkedHashMap<>();
		if (!holder.open()) {
			errors.put("case", "mnr.transfer.error.closed");
			return errors;
		}
		if (transfers.existsByCaseIdAndStatus(holder.caseId(), TransferStatus.REQUESTED)) {
			errors.put("case", "mnr.transfer.error.pending");
			return errors;
		}
		Map<String, Object> receiver = form.receiverId() == null ? null
				: jdbc.queryForList(RECEIVERS + " and u.id = ?", form.receiverId()).stream().findFirst().orElse(null);
		if (receiver == null || form.receiverId() == holder.ownerId()) {
			errors.put("receiverId", "mnr.transfer.error.receiver");
		}
		String reason = form.reasonText().strip();
		if (reason.length() < 10) {
			errors.put("reason", "mnr.transfer.error.reason");
		}
		else if (reason.length() > 2000) {
			errors.put("reason", "mnr.transfer.error.reasonTooLong");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		long toUser = Objects.requireNonNull(form.receiverId());
		long toOrganisation = jdbc.queryForObject("select organisation_id from mnr_user where id = ?", Long.class,
				toUser);
		String toCell = jdbc.queryForObject("select code from mnr_organisation where id = ?", String.class,
				toOrganisation);
		CaseTransfer transfer = new CaseTransfer(holder.caseId(), holder.code(), holder.open(), holder.ownerId(),
				holder.organisationId(), toUser, toOrganisation, who.userId(), clock);
		transfer.reason(Objects.requireNonNull(cipher.encrypt(reason, binding(transfer))));
		transfers.save(transfer);
		audit.record(AuditEvent.of(AuditAction.CREATE, "case-transfer", transfer.getRef(),
				"transfert du dossier " + holder.code() + " vers " + toCell));
		cases.referralEvent(holder.caseId(), who, CaseEventKind.TRANSFER_REQUESTED, toCell);
		for (long recipient : answerers(toUser, toOrganisation)) {
			if (recipient != who.userId()) {
				notifications.notify(recipient, Notifications.Kind.TRANSFER_REQUESTED, holder.code(),
						who.organisationCode());
			}
		}
		return errors;
	}

	/**
	 * The requests this user may answer: addressed to them, or to their cell if
	 * supervisor.
	 */
	@CaseworkTransactional
	public List<Pending> inbox(Caseworker who) {
		if (who.role() != CaseworkRole.GESTIONNAIRE_CAS && who.role() != CaseworkRole.SUPERVISEUR) {
			throw new RecordNotFoundException();
		}
		audit.record(AuditEvent.of(AuditAction.LIST, "case-transfer", null, "transferts à accepter"));
		return jdbc.query(
				"select t.ref, t.case_code, f.name, u.display_name, t.requested_at, t.reason, t.version"
						+ " from mnr_case_transfer t join mnr_organisation f on f.id = t.from_organisation_id"
						+ " join mnr_user u on u.id = t.requested_by_id where t.status = 'REQUESTED'"
						+ " and (t.to_user_id = ? or (? = true and t.to_organisation_id = ?)) order by t.requested_at",
				(rs, row) -> new Pending(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant(), decrypt(rs.getString(1), rs.getBytes(6)), rs.getLong(7)),
				who.userId(), who.role() == CaseworkRole.SUPERVISEUR, who.organisationId());
	}

	/**
	 * The receiver's answer. On acceptance the case changes hands (or, if its owner
	 * changed meanwhile, the request is refused and stays open). Returns the case code.
	 */
	@CaseworkTransactional
	public String answer(Caseworker who, String ref, boolean accept, long version) {
		CaseTransfer transfer = transfers.findByRef(ref)
			.filter(t -> t.getStatus() == TransferStatus.REQUESTED)
			.filter(t -> t.getToUserId() == who.userId()
					|| (who.role() == CaseworkRole.SUPERVISEUR && t.getToOrganisationId() == who.organisationId()))
			.orElseThrow(RecordNotFoundException::new);
		if (transfer.getVersion() != version) {
			throw new TransferRefused("mnr.transfer.refused.stale");
		}
		String toCell = jdbc.queryForObject("select code from mnr_organisation where id = ?", String.class,
				transfer.getToOrganisationId());
		if (accept) {
			transfer.accept(who.userId(), clock);
			String refusal = cases.handOver(transfer.getCaseId(), transfer.getFromOwnerId(), transfer.getToUserId(),
					transfer.getToOrganisationId(), who, toCell);
			if (refusal != null) {
				throw new TransferRefused(refusal);
			}
		}
		else {
			transfer.decline(who.userId(), clock);
			cases.referralEvent(transfer.getCaseId(), who, CaseEventKind.TRANSFER_DECLINED, toCell);
		}
		transfers.saveAndFlush(transfer);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "case-transfer", ref, accept ? "accepté" : "refusé"));
		notifications.notify(transfer.getRequestedById(), Notifications.Kind.TRANSFER_ANSWERED, transfer.getCaseCode(),
				who.organisationCode());
		return transfer.getCaseCode();
	}

	/**
	 * A closed case is no longer handed over: a transfer still awaiting an answer is
	 * declined in the closing transaction, on the closing supervisor's behalf, so that it
	 * leaves the receiver's list; the timeline and the requester say why.
	 */
	@CaseworkTransactional
	public void endPendingOf(CaseClosed closed) {
		for (CaseTransfer transfer : transfers.findByCaseIdAndStatus(closed.caseId(), TransferStatus.REQUESTED)) {
			transfer.decline(closed.by().userId(), clock);
			transfers.saveAndFlush(transfer);
			cases.referralEvent(closed.caseId(), closed.by(), CaseEventKind.TRANSFER_ENDED_BY_CLOSURE,
					jdbc.queryForObject("select code from mnr_organisation where id = ?", String.class,
							transfer.getToOrganisationId()));
			audit.record(
					AuditEvent.of(AuditAction.UPDATE, "case-transfer", transfer.getRef(), "refusé : dossier clôturé"));
			notifications.notify(transfer.getRequestedById(), Notifications.Kind.TRANSFER_ANSWERED,
					transfer.getCaseCode(), closed.by().organisationCode());
		}
	}

	private List<Long> answerers(long toUser, long toOrganisation) {
		List<Long> users = new java.util.ArrayList<>(List.of(toUser));
		for (Long supervisor : jdbc.queryForList(
				"select id from mnr_user where organisation_id = ?" + " and role = 'SUPERVISEUR' and enabled = true",
				Long.class, toOrganisation)) {
			if (!users.contains(supervisor)) {
				users.add(supervisor);
			}
		}
		return users;
	}

	private String decrypt(String ref, byte @Nullable [] ciphertext) {
		String value = cipher.decrypt(ciphertext, new FieldBinding(TABLE, "reason", ref));
		return value == null ? "" : value;
	}

	static FieldBinding binding(CaseTransfer transfer) {
		return new FieldBinding(TABLE, "reason", transfer.getRef());
	}

	/** The transfers' reasons, for the re-encryption job after a key rotation. */
	@Configuration(proxyBeanMethods = false)
	static class Tables {

		@Bean
		EncryptedTable caseTransferTable() {
			return new EncryptedTable(TABLE, "ref", List.of("reason"));
		}

	}

}
