package org.cohesion.portal.casework.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.alert.ScreeningForms.ConclusionForm;
import org.cohesion.portal.casework.alert.ScreeningForms.IndicatorsForm;
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
 * Demo mode only, after the demo staff (6) and people (7): six fictitious alerts from the
 * demo agent (DEMO-POL, Korhogo), made through the real use cases (encrypted, routed,
 * audited): one draft; three waiting in the queues of CR-POR, CR-GON and the DLTP; one
 * under interview by the demo case worker (linked to the demo person « Ibrahim
 * Fictif-Ouattara »); one screened into a presumed victim (« Akissi Fictive-Konan », a
 * child, domestic servitude), whose {@link ScreeningConcluded} opens a case file where
 * the case-file module listens (a later {@code @Order} may rely on it).
 */
@Component
@Order(8)
class DemoAlerts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAlerts.class);

	private final Alerts alerts;

	private final Screenings screenings;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoAlerts(Alerts alerts, Screenings screenings, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc,
			PlatformProperties platform, Clock clock) {
		this.alerts = alerts;
		this.screenings = screenings;
		this.jdbc = jdbc;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	@CaseworkTransactional
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()) {
			return;
		}
		Long existing = jdbc.queryForObject("select count(*) from mnr_alert", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		Optional<Caseworker> agent = DemoCaseworkers.find(jdbc, "agent@demo.mnr");
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		if (agent.isEmpty() || worker.isEmpty()) {
			log.warn("Demo alerts: the demo agent or case worker is missing; skipped");
			return;
		}
		Caseworker who = agent.get();
		ZonedDateTime now = clock.instant().atZone(platform.timeZone());
		alerts.submit(who, null,
				form("", "Korhogo, gare routière (démo)", now.minusHours(2),
						"Brouillon fictif : deux adolescentes attendaient seules un car pour Abidjan.", "2", false),
				false);
		alerts.submit(who, null, form("Poro", "Korhogo, marché central (démo)", now.minusHours(5),
				"Signalement fictif de démonstration : une fillette d’environ 10 ans vend de l’eau toute la journée"
						+ " et dit ne pas aller à l’école ; une femme la surveille de loin.",
				"1", true), true);
		alerts.submit(who, null, form("Gontougo", "Bondoukou, chantier (démo)", now.minusDays(1),
				"Signalement fictif de démonstration : cinq jeunes hommes disent travailler sans salaire pour"
						+ " rembourser leur voyage ; leurs papiers sont gardés par le chef de chantier.",
				"5", true), true);
		alerts.submit(who, null,
				form("AUTRE", "Site d’orpaillage, frontière nord (démo)", now.minusDays(2),
						"Signalement fictif de démonstration : des enfants travaillent dans les puits ; lieu hors des"
								+ " régions des cellules.",
						"8", true),
				true);
		String underway = alerts
			.submit(who, null,
					form("Poro", "Korhogo, quartier Soba (démo)", now.minusDays(3),
							"Signalement fictif de démonstration : un garçon ramené d’un site d’orpaillage, épuisé.",
							"1", true),
					true)
			.ref();
		String screened = alerts.submit(who, null, form("Poro", "Korhogo, maquis (démo)", now.minusDays(4),
				"Signalement fictif de démonstration : une adolescente employée comme aide domestique, sans salaire,"
						+ " ne sort jamais seule.",
				"1", true), true)
			.ref();
		Caseworker caseWorker = worker.get();
		String open = alerts.take(caseWorker, null, underway);
		link(caseWorker, open, "Ibrahim");
		String done = alerts.take(caseWorker, null, screened);
		link(caseWorker, done, "Akissi");
		long version = jdbc.queryForObject("select version from mnr_screening where ref = ?", Long.class, done);
		screenings.record(caseWorker, null, done,
				new IndicatorsForm(List.of("Recruitment", "Transport", "Harbouring"),
						List.of("FalsePromises", "TakesEarnings"), List.of("Servitude", "ForcedLabour"),
						"T_ActivitiesOfHouseholdsAsEmployers", List.of(), List.of("ThroughFamilyOrFamilyEvents"),
						"Village fictif près de Ferkessédougou", "Acquainted", List.of("Poverty", "Education"),
						"Déscolarisée à 9 ans (récit fictif).", "Notes fictives de démonstration.", version));
		screenings.conclude(caseWorker, null, done, new ConclusionForm("PossibleVictimOfTrafficking",
				"NonPoliceGovernmentalOrganization", "", "", "", "", LocalDate.now(clock).toString()));
	}

	private void link(Caseworker caseWorker, String screening, String firstNameOfDemoPerson) {
		// the demo people are made in this order (DemoPeople.PEOPLE): Akissi first,
		// Ibrahim last
		List<String> codes = jdbc.queryForList("select code from mnr_person order by id", String.class);
		if (codes.size() < 4) {
			return;
		}
		String code = "Akissi".equals(firstNameOfDemoPerson) ? codes.get(0) : codes.get(3);
		screenings.linkPerson(caseWorker, null, screening, code);
	}

	private static AlertForm form(String region, String locality, ZonedDateTime at, String circumstances, String people,
			boolean urgent) {
		return new AlertForm(UUID.randomUUID().toString(), region, locality, at.toLocalDate().toString(),
				String.format(java.util.Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()), circumstances, people,
				urgent, urgent, false, urgent, urgent ? "SUSPECTED_EXPLOITER" : "", "",
				urgent ? "Agent Brou (démo), 07 00 00 00 00" : "", null);
	}

}
