package org.cohesion.portal.casework.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.casefile.DemoCaseFiles;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.EntryForm;
import org.cohesion.portal.casework.reintegration.ReintegrationViews.StepForm;
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
 * Demo mode only, after the demo plans and before the demo closures ({@code @Order(45)}):
 * reintegration through the real use cases — the placed child back at school and her
 * family being assessed, the man in vocational training, the woman whose case is then
 * closed (reintegrated, read-only afterwards), and a return home planned for the woman in
 * follow-up, two of its steps under way.
 */
@Component
@Order(45)
class DemoReintegration implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReintegration.class);

	private final Reintegrations reintegrations;

	private final PersonNames people;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoReintegration(Reintegrations reintegrations, PersonNames people,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, PlatformProperties platform, Clock clock) {
		this.reintegrations = reintegrations;
		this.people = people;
		this.jdbc = jdbc;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()
				|| jdbc.queryForObject("select count(*) from " + Reintegrations.ENTRIES, Long.class) > 0) {
			return;
		}
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<String> aicha = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 01");
		Optional<String> seydou = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 04");
		Optional<String> estelle = DemoCaseFiles.ofPersonPhone(people, jdbc, "05 00 10 00 05");
		Optional<String> clarisse = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 07");
		if (worker.isEmpty() || aicha.isEmpty() || seydou.isEmpty() || estelle.isEmpty() || clarisse.isEmpty()) {
			log.warn("Demo reintegration: demo user or cases missing; skipped");
			return;
		}
		Caseworker por = worker.get();
		LocalDate today = LocalDate.now(clock);
		try {
			entry(por, aicha.get(), "SCHOOLING", "PLANNED", today.minusDays(20), "Inscription en CM1 acceptée (démo).");
			entry(por, aicha.get(), "SCHOOLING", "IN_PROGRESS", today.minusDays(5),
					"Va en classe chaque jour, l’éducatrice l’accompagne (démo).");
			entry(por, aicha.get(), "FAMILY", "TO_ASSESS", today.minusDays(3),
					"Recherche familiale : une tante identifiée à Ferkessédougou (démo).");
			entry(por, seydou.get(), "TRAINING", "IN_PROGRESS", today.minusDays(10),
					"Formation en mécanique auto commencée (démo).");
			entry(por, seydou.get(), "INCOME", "PLANNED", today.minusDays(10),
					"Kit d’outils prévu à la fin de la formation (démo).");
			entry(por, clarisse.get(), "FAMILY", "ACHIEVED", today.minusDays(15),
					"Revenue vivre chez ses parents, accueil bienveillant (démo).");
			entry(por, clarisse.get(), "INCOME", "ACHIEVED", today.minusDays(8),
					"Petit commerce de pagnes ouvert avec le microcrédit (démo).");

			reintegrations.chooseReturn(por, estelle.get());
			step(por, estelle.get(), "TRAVEL_DOCUMENTS", "DONE", null, today.minusDays(6),
					"Carte d’identité refaite à la préfecture (démo).");
			step(por, estelle.get(), "FAMILY_ASSESSMENT", "IN_PROGRESS", today.plusDays(7), null,
					"Visite de la famille à Bouaké par le travailleur social du centre social (démo).");
			step(por, estelle.get(), "ESCORT_TRAVEL", "PLANNED", today.plusDays(21), null, "");
			log.info("Demo reintegration: entries on three cases, a return planned on one");
		}
		catch (RuntimeException ex) {
			log.warn("Demo reintegration: one step could not be made ({}); stopped", ex.getClass().getSimpleName());
		}
	}

	private void entry(Caseworker who, String code, String dimension, String status, LocalDate on, String note) {
		reintegrations.record(who, code, new EntryForm(dimension, status, on.toString(), note));
	}

	private void step(Caseworker who, String code, String step, String status, LocalDate planned, LocalDate done,
			String note) {
		String ref = jdbc.queryForObject(
				"select s.ref from " + Reintegrations.STEPS
						+ " s join mnr_case c on c.id = s.case_id where c.code = ? and s.step = ?",
				String.class, code, step);
		long version = jdbc.queryForObject("select version from " + Reintegrations.STEPS + " where ref = ?", Long.class,
				ref);
		reintegrations.updateStep(who, code, ref, new StepForm(status, planned == null ? "" : planned.toString(),
				done == null ? "" : done.toString(), note, version));
	}

}
