package org.cohesion.portal.casework.audit;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.crypto.ChainMac;
import org.cohesion.portal.casework.crypto.FieldBinding;
import org.cohesion.portal.casework.crypto.FieldCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and checks the casework audit. {@link #record} joins the caller's casework
 * transaction: a change and its entry are committed together or not at all, and a read's
 * entry is written before the page is sent. The head row is locked for the append, which
 * keeps the chain a single line even with several nodes.
 */
@Service
public class CaseworkAudit {

	/** The actor of what the system does by itself (demo loading, re-encryption job). */
	public static final String SYSTEM = "système";

	private final JdbcTemplate jdbc;

	private final AuditChain chain;

	private final FieldCipher cipher;

	private final Clock clock;

	CaseworkAudit(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, ChainMac mac, FieldCipher cipher, Clock clock) {
		this.jdbc = jdbc;
		this.chain = new AuditChain(mac);
		this.cipher = cipher;
		this.clock = clock;
	}

	/** An entry for the signed-in casework user of the current request. */
	@CaseworkTransactional
	public void record(AuditEvent event) {
		HttpServletRequest request = currentRequest();
		record(Caseworkers.find().orElse(null), request == null ? null : request.getRemoteAddr(), event);
	}

	@CaseworkTransactional
	public void record(@Nullable Caseworker who, @Nullable String ip, AuditEvent event) {
		Object[] head = jdbc.queryForObject("select last_seq, last_tag from mnr_audit_head where id = 1 for update",
				(rs, row) -> new Object[] { rs.getLong(1), rs.getBytes(2) });
		long seq = (long) head[0] + 1;
		byte[] previous = (byte[]) head[1];
		AuditEntry unsigned = new AuditEntry(seq, AuditEntry.truncate(clock.instant()),
				who == null ? null : who.userId(), who == null ? SYSTEM : who.username(),
				who == null ? "SYSTEME" : who.role().name(), who == null ? "" : who.organisationCode(), ip,
				event.action().name(), event.recordType(), event.recordRef(), truncate(event.detail(), 500),
				event.grantRef(), previous, new byte[0]);
		byte[] tag = chain.tag(unsigned);
		jdbc.update("insert into mnr_audit (seq, at, actor_id, actor, actor_role, actor_org, ip, action, record_type,"
				+ " record_ref, detail, grant_ref, prev_tag, tag) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				seq, Timestamp.from(unsigned.at()), unsigned.actorId(), unsigned.actor(), unsigned.actorRole(),
				unsigned.actorOrg(), unsigned.ip(), unsigned.action(), unsigned.recordType(), unsigned.recordRef(),
				unsigned.detail(), unsigned.grantRef(), previous, tag);
		jdbc.update("update mnr_audit_head set last_seq = ?, last_tag = ?, head_tag = ? where id = 1", seq, tag,
				chain.headTag(seq, tag));
	}

	/**
	 * Recomputes every tag with the key; a rewritten, inserted or removed entry breaks
	 * it.
	 */
	@CaseworkTransactional(readOnly = true)
	public AuditVerification verify() {
		Object[] head = jdbc.queryForObject("select last_seq, last_tag, head_tag from mnr_audit_head where id = 1",
				(rs, row) -> new Object[] { rs.getLong(1), rs.getBytes(2), rs.getBytes(3) });
		try (Stream<AuditEntry> entries = jdbc.queryForStream(connection -> {
			PreparedStatement statement = connection.prepareStatement("select * from mnr_audit order by seq");
			statement.setFetchSize(500);
			return statement;
		}, (rs, row) -> entry(rs))) {
			return chain.verify(entries.iterator(), (long) head[0], (byte[]) head[1], (byte[]) head[2]);
		}
	}

	/**
	 * The most recent entries matching the filter, newest first, with the reason of the
	 * break-the-glass access each read went through.
	 */
	@CaseworkTransactional(readOnly = true)
	public List<AuditLine> search(AuditFilter filter, ZoneId zone, int limit) {
		StringBuilder sql = new StringBuilder(
				"select a.*, g.reason as grant_reason from mnr_audit a left join mnr_break_glass g on g.ref = a.grant_ref"
						+ " where 1 = 1");
		List<Object> arguments = new ArrayList<>();
		if (!AuditFilter.blank(filter.actor())) {
			sql.append(" and lower(a.actor) = ?");
			arguments.add(filter.actor().strip().toLowerCase(Locale.ROOT));
		}
		if (!AuditFilter.blank(filter.record())) {
			sql.append(" and a.record_ref = ?");
			arguments.add(filter.record().strip().toUpperCase(Locale.ROOT));
		}
		if (filter.action() != null) {
			sql.append(" and a.action = ?");
			arguments.add(filter.action().name());
		}
		if (filter.from() != null) {
			sql.append(" and a.at >= ?");
			arguments.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
		}
		if (filter.to() != null) {
			sql.append(" and a.at < ?");
			arguments.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
		}
		sql.append(" order by a.seq desc limit ").append(Math.max(1, Math.min(limit, 1000)));
		return jdbc.query(sql.toString(), (rs, row) -> line(entry(rs), rs.getBytes("grant_reason")),
				arguments.toArray());
	}

	private AuditLine line(AuditEntry entry, byte @Nullable [] reason) {
		String text = null;
		if (reason != null && entry.grantRef() != null) {
			try {
				text = new String(
						cipher.decryptBytes(reason, new FieldBinding("mnr_break_glass", "reason", entry.grantRef())),
						StandardCharsets.UTF_8);
			}
			catch (FieldCipher.UndecryptableException ex) {
				text = "?";
			}
		}
		return new AuditLine(entry.seq(), entry.at(), entry.actor(), entry.actorRole(), entry.actorOrg(), entry.ip(),
				entry.action(), entry.recordType(), entry.recordRef(), entry.detail(), text);
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		long actorId = rs.getLong("actor_id");
		Long actor = rs.wasNull() ? null : actorId;
		return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), actor, rs.getString("actor"),
				rs.getString("actor_role"), rs.getString("actor_org"), rs.getString("ip"), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_ref"), rs.getString("detail"),
				rs.getString("grant_ref"), rs.getBytes("prev_tag"), rs.getBytes("tag"));
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

}
