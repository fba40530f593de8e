package org.cohesion.portal.casework.closure;

import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.casefile.DemoCaseFiles;
import org.cohesion.portal.casework.closure.ClosureViews.DecisionForm;
import org.cohesion.portal.casework.closure.ClosureViews.RequestForm;
import org.cohesion.portal.casework.person.PersonNames;
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
 * Demo mode only, after the demo plans and reintegration ({@code @Order(50)}): closures
 * made through the real use cases — on the Poro cell, one requested by the case worker
 * and approved by the supervisor, one still pending, one rejected (the training is not
 * over); on the Haut-Sassandra cell, one closed in one step by its supervisor (handed
 * on).
 */
@Component
@Order(50)
class DemoClosures implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoClosures.class);

	private final Closures closures;

	private final PersonNames people;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	DemoClosures(Closures closures, PersonNames people, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			PlatformProperties platform) {
		this.closures = closures;
		this.people = people;
		this.jdbc = jdbc;
		this.platform = platform;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()
				|| jdbc.queryForObject("select count(*) from " + Closures.TABLE, Long.class) > 0) {
			return;
		}
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<Caseworker> supervisor = DemoCaseworkers.find(jdbc, "superviseur@demo.mnr");
		Optional<Caseworker> hsaSupervisor = DemoCaseworkers.find(jdbc, "superviseur.daloa@demo.mnr");
		Optional<String> clarisse = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 07");
		Optional<String> lassina = DemoCaseFiles.ofPersonPhone(people, jdbc, "01 00 10 00 06");
		Optional<String> seydou = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 04");
		Optional<String> koffi = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 11");
		if (worker.isEmpty() || supervisor.isEmpty() || clarisse.isEmpty() || lassina.isEmpty() || seydou.isEmpty()) {
			log.warn("Demo closures: demo users or cases missing; skipped");
			return;
		}
		Caseworker por = worker.get();
		Caseworker porSupervisor = supervisor.get();
		try {
			closures.request(por, clarisse.get(), new RequestForm("OBJECTIVES_MET",
					"Retour volontaire en famille, formation terminée, objectifs du plan atteints (démo)."));
			closures.decide(porSupervisor, clarisse.get(), pendingRef(clarisse.get()), true,
					new DecisionForm(null, pendingVersion(clarisse.get())));

			closures.request(por, seydou.get(),
					new RequestForm("OBJECTIVES_MET", "Hébergé, en formation : la personne se dit autonome (démo)."));
			closures.decide(porSupervisor, seydou.get(), pendingRef(seydou.get()), false,
					new DecisionForm(
							"La formation n’est pas finie et un suivi reste à faire : revoir dans trois mois (démo).",
							pendingVersion(seydou.get())));

			closures.request(por, lassina.get(), new RequestForm("CONTACT_LOST",
					"Injoignable depuis six semaines : trois appels et une visite sans réponse (démo)."));

			if (hsaSupervisor.isPresent() && koffi.isPresent()) {
				closures.request(hsaSupervisor.get(), koffi.get(), new RequestForm("TRANSFERRED",
						"Orienté vers la clinique juridique de Daloa, qui suit désormais la procédure (démo)."));
			}
			log.info("Demo closures: one approved, one rejected, one pending, one closed by a supervisor");
		}
		catch (RuntimeException ex) {
			log.warn("Demo closures: one step could not be made ({}); stopped", ex.getClass().getSimpleName());
		}
	}

	private String pendingRef(String caseCode) {
		return jdbc.queryForObject("select ref from " + Closures.TABLE + " where case_code = ? and status = 'PENDING'",
				String.class, caseCode);
	}

	private long pendingVersion(String caseCode) {
		return jdbc.queryForObject(
				"select version from " + Closures.TABLE + " where case_code = ? and status = 'PENDING'", Long.class,
				caseCode);
	}

}
