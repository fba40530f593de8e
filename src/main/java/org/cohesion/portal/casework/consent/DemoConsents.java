package org.cohesion.portal.casework.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.crypto.BlindIndex;
import org.cohesion.portal.casework.crypto.Normalise;
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
 * Demo mode only, after the demo people ({@code DemoPeople}, order 7): consent decisions
 * on two of them, recorded through the real use case (checked, encrypted, audited) — a
 * child's assistance (through an interpreter) and family tracing on the child's best
 * interests; an adult's sharing with the demo NGO, refusal to go to the police, and a
 * consent to statistics given then withdrawn. The people are found by their demo phone
 * numbers through the blind index.
 */
@Component
@Order(9)
class DemoConsents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoConsents.class);

	private final Consents consents;

	private final JdbcTemplate jdbc;

	private final BlindIndex index;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoConsents(Consents consents, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, BlindIndex index,
			PlatformProperties platform, Clock clock) {
		this.clock = clock;
		this.consents = consents;
		this.jdbc = jdbc;
		this.index = index;
		this.platform = platform;
	}

	@Override
	@CaseworkTransactional
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled()) {
			return;
		}
		Long existing = jdbc.queryForObject("select count(*) from mnr_consent", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		String today = LocalDate.now(clock).toString();
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<Caseworker> supervisor = DemoCaseworkers.find(jdbc, "superviseur@demo.mnr");
		Optional<String> child = person("07 00 00 01 01");
		Optional<String> adult = person("05 00 00 02 02");
		if (worker.isEmpty() || supervisor.isEmpty() || child.isEmpty() || adult.isEmpty()) {
			log.warn("Demo consents: demo users or people missing; skipped");
			return;
		}
		record(worker.get(), child.get(), new ConsentForm("ASSISTANCE", "", "GIVEN", "", today, "on", "bci",
				"Recueilli avec sa tante, en baoulé, après l’explication du centre d’accueil.", null));
		record(worker.get(), child.get(),
				new ConsentForm("FAMILY_TRACING", "", "LEGAL_BASIS", "CHILD_BEST_INTERESTS", today, "", "",
						"Enfant trop jeune pour consentir seule ; la recherche des parents est dans son intérêt.",
						null));
		Long ngo = jdbc.queryForList("select id from mnr_organisation where code = 'DEMO-ONG'", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
		if (ngo != null) {
			record(supervisor.get(), adult.get(), new ConsentForm("SHARING", ngo.toString(), "GIVEN", "", today, "",
					"fr", "Accepte que l’ONG reçoive sa fiche pour l’hébergement.", null));
		}
		record(supervisor.get(), adult.get(), new ConsentForm("POLICE_JUSTICE", "", "REFUSED", "", today, "", "fr",
				"Ne souhaite pas porter plainte pour l’instant ; à reproposer.", null));
		record(supervisor.get(), adult.get(), new ConsentForm("STATISTICS", "", "GIVEN", "", today, "", "", "", null));
		record(supervisor.get(), adult.get(),
				new ConsentForm("STATISTICS", "", "WITHDRAWN", "", today, "", "", "A changé d’avis.", null));
	}

	private void record(Caseworker who, String code, ConsentForm form) {
		long seen = jdbc.queryForObject("select coalesce(max(c.id), 0) from mnr_consent c join mnr_person p"
				+ " on p.id = c.person_id where p.code = ?", Long.class, code);
		try {
			ConsentViews.Refused refused = consents.record(who, null, code, form.seeing(seen), null);
			if (refused != null) {
				log.warn("Demo consents: a decision was refused ({}); skipped", refused.errors().keySet());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Demo consents: a decision could not be recorded ({}); skipped", ex.getClass().getSimpleName());
		}
	}

	/** The oldest record with this demo phone number. */
	private Optional<String> person(String phone) {
		String e164 = Normalise.phone(phone);
		if (e164 == null) {
			return Optional.empty();
		}
		List<String> codes = jdbc.queryForList(
				"select p.code from mnr_person p join mnr_person_index i on i.person_id = p.id"
						+ " where i.kind = 'phone' and i.digest = ? order by p.id",
				String.class, (Object) index.of("phone", e164));
		return codes.stream().findFirst();
	}

}
