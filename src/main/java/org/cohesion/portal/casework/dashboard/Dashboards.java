package org.cohesion.portal.casework.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.dashboard.DashboardViews.Cell;
import org.cohesion.portal.casework.dashboard.DashboardViews.Count;
import org.cohesion.portal.casework.dashboard.DashboardViews.Dashboard;
import org.cohesion.portal.casework.dashboard.DashboardViews.Line;
import org.cohesion.portal.casework.dashboard.DashboardViews.Places;
import org.cohesion.portal.casework.dashboard.DashboardViews.ResponseTime;
import org.cohesion.portal.casework.dashboard.DashboardViews.Stage;
import org.cohesion.portal.casework.directory.ServiceType;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The dashboards. A cell's supervisors and case workers (and an analyst posted to a cell)
 * see their cell; the DLTP's supervisors and analysts see every cell, or one of them.
 * Only counts leave this class: never a name, a person or case code, or a referral's
 * reference. On the national view and on any analyst's view a count from 1 to 4 is shown
 * as "moins de 5" (re-identification, see docs/SECURITY.md). Everyone else: 404, like a
 * missing record. Each view is audited.
 */
@Service
public class Dashboards {

	/** Counts below this are masked (1 to 4) on the national and analysts' views. */
	static final int THRESHOLD = 5;

	/** The response times are those of the referrals answered in the last year. */
	static final Duration RESPONSE_WINDOW = Duration.ofDays(365);

	private static final String OPEN = "('Active', 'FollowUp')";

	private final JdbcTemplate jdbc;

	private final CaseworkAudit audit;

	private final Clock clock;

	Dashboards(@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, CaseworkAudit audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the user has a dashboard at all (the navigation asks). */
	public static boolean offeredTo(Caseworker who) {
		return who.role() == CaseworkRole.SUPERVISEUR || who.role() == CaseworkRole.GESTIONNAIRE_CAS
				|| who.role() == CaseworkRole.ANALYSTE;
	}

	/**
	 * The dashboard the user may see; {@code cellCode} narrows the DLTP's view to one
	 * cell (anyone else asking for another cell than theirs gets a 404).
	 */
	@CaseworkTransactional
	public Dashboard view(Caseworker who, @Nullable String cellCode) {
		if (!offeredTo(who)) {
			throw new RecordNotFoundException();
		}
		String kind = jdbc.queryForObject("select kind from mnr_organisation where id = ?", String.class,
				who.organisationId());
		if (!"DLTP".equals(kind) && !"CELLULE_REGIONALE".equals(kind)) {
			throw new RecordNotFoundException();
		}
		List<Cell> cells = jdbc.query(
				"select code, name from mnr_organisation where kind in ('DLTP', 'CELLULE_REGIONALE') and active = true"
						+ " order by name",
				(rs, row) -> new Cell(rs.getString("code"), rs.getString("name")));
		String wanted = cellCode == null ? "" : cellCode.strip();
		boolean national = "DLTP".equals(kind)
				&& (who.role() == CaseworkRole.SUPERVISEUR || who.role() == CaseworkRole.ANALYSTE);
		boolean masked = national || who.role() == CaseworkRole.ANALYSTE;
		Long cellId;
		String region;
		String scopeName;
		String selected = "";
		if (national && wanted.isEmpty()) {
			cellId = null;
			region = "";
			scopeName = "";
		}
		else {
			String code = national ? wanted : who.organisationCode();
			if (!national && !wanted.isEmpty() && !wanted.equals(code)) {
				throw new RecordNotFoundException();
			}
			if (cells.stream().noneMatch(cell -> cell.code().equals(code))) {
				throw new RecordNotFoundException();
			}
			Map<String, Object> cell = jdbc.queryForMap("select id, name, region from mnr_organisation where code = ?",
					code);
			cellId = ((Number) cell.get("id")).longValue();
			region = (String) cell.get("region");
			scopeName = (String) cell.get("name");
			selected = national ? code : "";
		}
		audit.record(AuditEvent.of(AuditAction.VIEW, "dashboard",
				cellId == null ? null : (selected.isEmpty() ? who.organisationCode() : selected),
				cellId == null ? "tableau de bord national" : "tableau de bord de la cellule"));

		// open cases: by status, and by victim status and age
		Map<String, Long> byStatus = new TreeMap<>();
		Map<String, Long> byStage = new TreeMap<>();
		long open = 0;
		for (Map<String, Object> row : jdbc.queryForList(
				"select cas_status, vic_trafficking_status, is_child, count(*) as n from mnr_case where cas_status in "
						+ OPEN + (cellId == null ? "" : " and organisation_id = " + cellId)
						+ " group by cas_status, vic_trafficking_status, is_child")) {
			long n = ((Number) row.get("n")).longValue();
			open += n;
			byStatus.merge((String) row.get("cas_status"), n, Long::sum);
			byStage.merge(row.get("vic_trafficking_status") + "|" + row.get("is_child"), n, Long::sum);
		}
		List<Line> statusLines = new ArrayList<>();
		statusLines.add(new Line("mnr.case.status.active", new Count(byStatus.getOrDefault("Active", 0L), masked)));
		statusLines
			.add(new Line("mnr.case.status.follow_up", new Count(byStatus.getOrDefault("FollowUp", 0L), masked)));
		List<Stage> stages = new ArrayList<>();
		for (String victim : List.of("PossibleVictimOfTrafficking", "ActualVictimOfTrafficking")) {
			String key = victim.startsWith("Possible") ? "mnr.case.victim.possible" : "mnr.case.victim.actual";
			for (boolean child : List.of(true, false)) {
				stages.add(new Stage(key, child, new Count(byStage.getOrDefault(victim + "|" + child, 0L), masked)));
			}
		}

		// referrals sent by the cell (or any) that await the provider's answer
		long awaiting = 0;
		long urgent = 0;
		for (Map<String, Object> row : jdbc
			.queryForList("select urgent, count(*) as n from mnr_referral where status = 'SENT'"
					+ (cellId == null ? "" : " and sender_organisation_id = " + cellId) + " group by urgent")) {
			long n = ((Number) row.get("n")).longValue();
			awaiting += n;
			if (Boolean.TRUE.equals(row.get("urgent"))) {
				urgent += n;
			}
		}

		// follow-ups past their due date, not done, of the cell's cases
		Long overdue = jdbc.queryForObject(
				"select count(*) from mnr_followup where done_on is null and due_on < ?"
						+ (cellId == null ? "" : " and organisation_id = " + cellId),
				Long.class, java.sql.Date.valueOf(java.time.LocalDate.now(clock)));

		// closure requests waiting for a supervisor's decision, by the cell holding the
		// case
		Long pendingClosures = jdbc.queryForObject(
				"select count(*) from mnr_case_closure r join mnr_case c on c.id = r.case_id where r.status = 'PENDING'"
						+ (cellId == null ? "" : " and c.organisation_id = " + cellId),
				Long.class);

		// median response time by provider, computed by the database (PERCENTILE_CONT, on
		// PostgreSQL and H2 alike): one row per provider, never a year of referrals in
		// memory
		List<ResponseTime> responseTimes = new ArrayList<>();
		jdbc.query("select o.name, count(*) as n, percentile_cont(0.5) within group"
				+ " (order by extract(epoch from r.answered_at) - extract(epoch from r.sent_at)) as median"
				+ " from mnr_referral r join mnr_organisation o on o.id = r.provider_organisation_id"
				+ " where r.answered_at >= ?" + (cellId == null ? "" : " and r.sender_organisation_id = " + cellId)
				+ " group by o.name order by o.name", rs -> {
					Count answers = new Count(rs.getLong("n"), masked);
					Number seconds = (Number) rs.getObject("median");
					responseTimes.add(new ResponseTime(rs.getString("name"), answers,
							answers.hidden() ? null : Duration.ofMillis(Math.round(seconds.doubleValue() * 1000))));
				}, Timestamp.from(Instant.now(clock).minus(RESPONSE_WINDOW)));

		// places free by service type and region (the directory holds no personal data)
		Map<ServiceType, Map<String, long[]>> places = new EnumMap<>(ServiceType.class);
		jdbc.query("select service_type, national, regions, places_free, capacity_total from mnr_service"
				+ " where active = true", rs -> {
					ServiceType type = ServiceType.valueOf(rs.getString(1));
					boolean nationwide = rs.getBoolean(2);
					List<String> regions = nationwide ? List.of("")
							: Arrays.stream(rs.getString(3).split("\\|")).filter(r -> !r.isBlank()).toList();
					for (String r : regions) {
						if (!region.isBlank() && !r.isEmpty() && !r.equals(region)) {
							continue;
						}
						long[] sums = places.computeIfAbsent(type, t -> new TreeMap<>())
							.computeIfAbsent(r, x -> new long[3]);
						sums[0] += rs.getInt(4);
						sums[1] += rs.getInt(5);
						sums[2]++;
					}
				});
		List<Places> placeLines = new ArrayList<>();
		places.forEach((type, byRegion) -> byRegion
			.forEach((r, sums) -> placeLines.add(new Places(type, r, r.isEmpty(), sums[0], sums[1], (int) sums[2]))));

		return new Dashboard(scopeName, national, masked, selected, national ? cells : List.of(),
				new Count(open, masked), statusLines, stages, new Count(awaiting, masked), new Count(urgent, masked),
				new Count(overdue == null ? 0 : overdue, masked),
				new Count(pendingClosures == null ? 0 : pendingClosures, masked), responseTimes, placeLines);
	}

}
