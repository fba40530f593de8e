package org.cohesion.portal.casework.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.casefile.DemoCaseFiles;
import org.cohesion.portal.casework.consent.ConsentForm;
import org.cohesion.portal.casework.consent.Consents;
import org.cohesion.portal.casework.person.PersonNames;
import org.cohesion.portal.casework.referral.ReferralViews.SendForm;
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
 * Demo mode only, after the demo cases ({@code @Order(30)}): referrals of the Poro cell's
 * demo cases to the demo NGO (« ONG Main tendue du Poro (démo) », where the demo
 * prestataire works), made through the real use cases: a child placed in the shelter on a
 * legal basis, urgent, accepted and under way; a psychosocial referral awaiting the NGO's
 * answer; a man refused by the girls' and women's shelter, then referred to psychosocial
 * support and assisted to the end; a child referred without consent by the supervisor
 * (override, with its reason, notified); one withdrawn by the case worker.
 */
@Component
@Order(30)
class DemoReferrals implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);

	private final Referrals referrals;

	private final Consents consents;

	private final PersonNames people;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoReferrals(Referrals referrals, Consents consents, PersonNames people,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, PlatformProperties platform, Clock clock) {
		this.referrals = referrals;
		this.consents = consents;
		this.people = people;
		this.jdbc = jdbc;
		this.platform = platform;
		this.clock = clock;
	}

	// no transaction around the whole: each use case runs in its own, so one refusal
	// cannot roll back the demo (or stop the start)
	@Override
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled() || referrals.count() > 0) {
			return;
		}
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<Caseworker> supervisor = DemoCaseworkers.find(jdbc, "superviseur@demo.mnr");
		Optional<Caseworker> provider = DemoCaseworkers.find(jdbc, "prestataire@demo.mnr");
		Long ngo = jdbc.queryForList("select id from mnr_organisation where code = 'DEMO-ONG'", Long.class)
			.stream()
			.findFirst()
			.orElse(null);
		if (worker.isEmpty() || supervisor.isEmpty() || provider.isEmpty() || ngo == null) {
			log.warn("Demo referrals: demo users or the demo NGO missing; skipped");
			return;
		}
		String shelter = service(ngo, "NGO_SHELTER");
		String support = service(ngo, "PSYCHOSOCIAL");
		Optional<String> aicha = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 01");
		Optional<String> grace = DemoCaseFiles.ofPersonPhone(people, jdbc, "05 00 10 00 02");
		Optional<String> issouf = DemoCaseFiles.ofPersonPhone(people, jdbc, "01 00 10 00 03");
		Optional<String> seydou = DemoCaseFiles.ofPersonPhone(people, jdbc, "07 00 10 00 04");
		if (shelter == null || support == null || aicha.isEmpty() || grace.isEmpty() || issouf.isEmpty()
				|| seydou.isEmpty()) {
			log.warn("Demo referrals: demo cases or services missing; skipped");
			return;
		}
		Caseworker por = worker.get();
		Caseworker ong = provider.get();
		try {
			consent(por, aicha.get(), ngo, "LEGAL_BASIS", "CHILD_BEST_INTERESTS",
					"Enfant en danger : l’hébergement protégé est dans son intérêt (démo).");
			String placed = send(por, aicha.get(), new SendForm(shelter,
					List.of("FIRST_NAME", "GENDER_AGE", "NEEDS", "RISK_LEVEL"), true,
					"Arrivée avec l’assistante sociale de la cellule ; ne pas communiquer l’adresse du foyer (démo).",
					false, ""));
			answer(ong, placed, Referrals.Answer.ACCEPT, null);
			answer(ong, placed, Referrals.Answer.START, null);

			consent(por, grace.get(), ngo, "GIVEN", "", "Accepte un suivi psychosocial par l’ONG (démo).");
			send(por, grace.get(), new SendForm(support, List.of("FIRST_NAME", "LANGUAGES"), false,
					"Préfère une intervenante (démo).", false, ""));
			String withdrawn = send(por, grace.get(),
					new SendForm(shelter, List.of("FIRST_NAME"), false, "", false, ""));
			referrals.revoke(por, grace.get(), withdrawn);

			consent(por, seydou.get(), ngo, "GIVEN", "", "Accepte l’orientation vers l’ONG (démo).");
			// the shelter takes girls and women only: the server refuses it for Seydou,
			// so the
			// refused referral is one the provider could not take that week
			String refused = send(por, seydou.get(),
					new SendForm(support, List.of("FIRST_NAME", "GENDER_AGE"), false, "", false, ""));
			answer(ong, refused, Referrals.Answer.REFUSE,
					"Aucun intervenant parlant sa langue n’est disponible cette semaine (démo).");
			String assisted = send(por, seydou.get(), new SendForm(support, List.of("FIRST_NAME", "PHONE"), false,
					"Joignable le soir (démo).", false, ""));
			answer(ong, assisted, Referrals.Answer.ACCEPT, null);
			answer(ong, assisted, Referrals.Answer.COMPLETE,
					"Six entretiens individuels ; orienté vers une formation en mécanique (démo).");

			send(supervisor.get(), issouf.get(), new SendForm(support, List.of("FIRST_NAME", "GENDER_AGE"), true, "",
					true, "Enfant seul, aucun adulte joignable pour consentir ; besoin d’écoute immédiat (démo)."));
		}
		catch (RuntimeException ex) {
			log.warn("Demo referrals: one could not be made ({}); stopped", ex.getClass().getSimpleName());
		}
	}

	private String send(Caseworker who, String caseCode, SendForm form) {
		Map<String, String> errors = referrals.send(who, caseCode, form);
		if (!errors.isEmpty()) {
			throw new IllegalStateException("demo referral refused: " + errors.keySet());
		}
		return jdbc.queryForObject("select ref from mnr_referral where case_code = ? order by id desc limit 1",
				String.class, caseCode);
	}

	private void answer(Caseworker who, String ref, Referrals.Answer answer, String text) {
		long version = jdbc.queryForObject("select version from mnr_referral where ref = ?", Long.class, ref);
		referrals.answer(who, ref, answer, text, version);
	}

	private void consent(Caseworker who, String caseCode, long organisation, String decision, String basis,
			String note) {
		String person = jdbc.queryForObject(
				"select p.code from mnr_person p join mnr_case c on c.person_id = p.id where c.code = ?", String.class,
				caseCode);
		long seen = jdbc.queryForObject("select coalesce(max(c.id), 0) from mnr_consent c join mnr_person p"
				+ " on p.id = c.person_id where p.code = ?", Long.class, person);
		consents.record(who, null, person, new ConsentForm("SHARING", Long.toString(organisation), decision, basis,
				LocalDate.now(clock).toString(), "", "fr", note, seen), null);
	}

	private String service(long organisation, String type) {
		return jdbc
			.queryForList("select ref from mnr_service where organisation_id = ? and service_type = ?", String.class,
					organisation, type)
			.stream()
			.findFirst()
			.orElse(null);
	}

}
