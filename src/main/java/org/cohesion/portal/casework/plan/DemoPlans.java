package org.cohesion.portal.casework.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.casefile.DemoCaseFiles;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.plan.PlanViews.ActionForm;
import org.cohesion.portal.casework.plan.PlanViews.FollowUpForm;
import org.cohesion.portal.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, after the demo referrals ({@code @Order(40)}): assistance plans on two
 * of the Poro cell's demo cases, made through the real use cases — the child placed in
 * the shelter (return to school, health check; one done), the man assisted by the NGO
 * (vocational training) — with a follow-up that is overdue (its due date moved into the
 * past, as if the days had passed) and one done.
 */
@Component
@Order(40)
class DemoPlans implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private final AssistancePlans plans;

	private final PersonNames people;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoPlans(AssistancePlans plans, PersonNames people, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			PlatformProperties platform, Clock clock) {
		this.plans = plans;
		this.people = people;
		this.jdbc = jdbc;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()
				|| jdbc.queryForObject("select count(*) from " + AssistancePlans.ACTIONS, Long.class) > 0) {
			return;
		}
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<String> aicha = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 01");
		Optional<String> seydou = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 04");
		Long ngo = jdbc.queryForList("select id from mnr_organisation where code = 'DEMO-ONG'", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
		if (worker.isEmpty() || aicha.isEmpty() || seydou.isEmpty()) {
			log.warn("Demo plans: demo user or cases missing; skipped");
			return;
		}
		Caseworker por = worker.get();
		LocalDate today = LocalDate.now(clock);
		try {
			plans.addAction(por, aicha.get(),
					new ActionForm("EDUCATION", "Reprendre l’école à la rentrée (démo)",
							"Inscription en CM1 à l’école du quartier, fournitures par l’ONG (démo).", ngo,
							today.plusMonths(3).toString()));
			plans.addAction(por, aicha.get(), new ActionForm("HEALTH", "Bilan de santé complet (démo)",
					"Consultation pédiatrique au centre de santé (démo).", null, today.plusDays(15).toString()));
			String health = ref(
					"select ref from " + AssistancePlans.ACTIONS + " where case_code = ? and type = 'HEALTH'",
					aicha.get());
			plans.completeAction(por, aicha.get(), health, "Vue par le pédiatre ; vaccins à jour (démo).", null,
					version(AssistancePlans.ACTIONS, health));
			plans.addAction(por, seydou.get(),
					new ActionForm("LIVELIHOOD", "Un métier pour vivre de son travail (démo)",
							"Formation en mécanique auto de six mois au centre de formation (démo).", ngo,
							today.plusMonths(6).toString()));

			plans.planFollowUp(por, aicha.get(), new FollowUpForm("Visite au foyer : adaptation et sommeil (démo)",
					"Parler aussi avec l’éducatrice référente (démo).", today.toString()));
			String overdue = ref("select ref from " + AssistancePlans.FOLLOWUPS + " where case_code = ?", aicha.get());
			// as if the days had passed: the visit is four days late
			jdbc.update("update " + AssistancePlans.FOLLOWUPS + " set due_on = ? where ref = ?", today.minusDays(4),
					overdue);
			plans.planFollowUp(por, seydou.get(),
					new FollowUpForm("Appel : assiduité à la formation (démo)", "", today.toString()));
			String call = ref("select ref from " + AssistancePlans.FOLLOWUPS + " where case_code = ?", seydou.get());
			plans.completeFollowUp(por, seydou.get(), call, "Présent tous les jours, motivé (démo).",
					version(AssistancePlans.FOLLOWUPS, call));
		}
		catch (RuntimeException ex) {
			log.warn("Demo plans: one step could not be made ({}); stopped", ex.getClass().getSimpleName());
		}
	}

	private String ref(String sql, String caseCode) {
		return jdbc.queryForObject(sql + " order by id desc limit 1", String.class, caseCode);
	}

	private long version(String table, String ref) {
		return jdbc.queryForObject("select version from " + table + " where ref = ?", Long.class, ref);
	}

}
