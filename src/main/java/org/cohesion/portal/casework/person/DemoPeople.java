package org.cohesion.portal.casework.person;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.CaseworkTransactional;
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
 * Demo mode only: a handful of people with clearly fictitious names (« Fictive », «
 * Exemple »…), made through the real use case (so encrypted, indexed and audited like any
 * other), after the demo staff exist. One is out of the demo case worker's scope, to try
 * break-the-glass on; one is recorded twice (« Kouamé » and « Kwame »), for the
 * supervisor to merge.
 */
@Component
@Order(7)
class DemoPeople implements ApplicationRunner {

	/**
	 * What a test looks for in every raw table and file: none of it may appear in clear.
	 */
	record DemoPerson(String owner, String firstName, String secondName, String aliases, String birthdate,
			String mobilePhone, String gender, String citizenship, String language, String narrative,
			String assignedTo) {
	}

	static final List<DemoPerson> PEOPLE = List.of(new DemoPerson("gestionnaire@demo.mnr", "Akissi", "Fictive-Konan",
			"Kiki", "2011-04-17", "07 00 00 01 01", "FEMININE", "CI", "bci",
			"Récit fictif de démonstration : rencontrée au marché de Korhogo, placée comme aide domestique.", ""),
			new DemoPerson("superviseur@demo.mnr", "Kouamé", "Exemple-Yao", "Kwame", "2008-09-02", "05 00 00 02 02",
					"MASCULINE", "BF", "mos",
					"Récit fictif de démonstration : venu pour un travail promis sur une plantation.", ""),
			// the same young man, met again and recorded a second time: a duplicate for
			// the
			// supervisor to merge (same phone, sound-alike name, born within two years)
			new DemoPerson("superviseur@demo.mnr", "Kwame", "Exemple-Yao", "", "2009-03-10", "05 00 00 02 02",
					"MASCULINE", "BF", "mos", "Récit fictif de démonstration : revu au poste de Ferkessédougou.", ""),
			new DemoPerson("agent@demo.mnr", "Mariam", "Démo-Traoré", "", "1998-01-23", "01 00 00 03 03", "FEMININE",
					"ML", "bm", "Récit fictif de démonstration : signalée par une infirmière d’un maquis.", ""),
			new DemoPerson("agent@demo.mnr", "Ibrahim", "Fictif-Ouattara", "Watara", "2010-12-05", "07 00 00 04 04",
					"MASCULINE", "GN", "ff", "Récit fictif de démonstration : trouvé sur un site d’orpaillage.",
					"gestionnaire@demo.mnr"));

	private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

	private final PersonRecords records;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoPeople(PersonRecords records, @Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, PlatformProperties platform,
			Clock clock) {
		this.records = records;
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
		Long existing = jdbc.queryForObject("select count(*) from mnr_person", Long.class);
		if (existing != null && existing > 0) {
			return;
		}
		LocalDate identified = LocalDate.now(clock).minusDays(3);
		for (DemoPerson demo : PEOPLE) {
			Optional<Caseworker> owner = DemoCaseworkers.find(jdbc, demo.owner());
			if (owner.isEmpty()) {
				log.warn("Demo people: no demo user {}; skipped", demo.owner());
				continue;
			}
			PersonForm form = new PersonForm(demo.firstName(), demo.secondName(), demo.aliases(), demo.birthdate(), "",
					"", demo.gender(), demo.citizenship(), demo.language(), "fr", demo.mobilePhone(), "",
					"Quartier fictif, Korhogo", "", demo.narrative(), identified.toString(), null);
			PersonRecords.Result result = records.create(owner.get(), null, form, null);
			if (!demo.assignedTo().isEmpty()) {
				DemoCaseworkers.find(jdbc, demo.assignedTo())
					.ifPresent(worker -> jdbc.update(
							"insert into mnr_person_assignment (person_id, user_id) select id, ? from mnr_person where code = ?",
							worker.userId(), result.code()));
			}
		}
	}

}
