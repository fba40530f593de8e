package org.cohesion.portal.casework.casefile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.DemoCaseworkers;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.BreakGlass;
import org.cohesion.portal.casework.casefile.CaseForms.ChildForm;
import org.cohesion.portal.casework.casefile.CaseForms.NeedsForm;
import org.cohesion.portal.casework.casefile.CaseForms.NoteForm;
import org.cohesion.portal.casework.casefile.CaseForms.PerpetratorForm;
import org.cohesion.portal.casework.casefile.CaseForms.RiskForm;
import org.cohesion.portal.casework.casefile.CaseForms.StatusForm;
import org.cohesion.portal.casework.person.PersonForm;
import org.cohesion.portal.casework.person.PersonRecords;
import org.cohesion.portal.casework.staff.CaseworkRole;
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
 * Demo mode only: a dozen fictitious case files (names with « Fictive », « Exemple », «
 * Démo ») at different stages and in different cells, made through the real use cases
 * (encrypted, audited, in the timeline). Runs after the demo staff and people
 * ({@code @Order(20)}; the alerts' demo runs before and opens one case through a
 * concluded screening, the whole path): these cases are opened directly, each on a person
 * created for it. Creates, in the Poro cell of the demo case worker
 * ({@code gestionnaire@demo.mnr}): a 13-year-old girl in domestic servitude (high risk,
 * name hidden), an adult victim of sexual exploitation (name hidden), a boy from a gold
 * mine (family tracing under way), a plantation worker, a case in follow-up, one
 * untouched for 45 days and one closed by the supervisor; in other cells (owned by
 * disabled, sign-in-less demo case workers): a child in the Gontougo that the demo case
 * worker holds a 3-hour break-the-glass access to, an adult there, a high-risk and a
 * closed-referred case in the Haut-Sassandra, and one at the DLTP.
 */
@Component
@Order(20)
class DemoCases implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

	/** Other cells' demo case workers: never signed in (disabled, no second factor). */
	private record OtherWorker(String username, String displayName, CaseworkRole role, String organisationCode) {
	}

	private static final List<OtherWorker> OTHERS = List.of(
			new OtherWorker("gestionnaire.gontougo@demo.mnr", "Brice Kouakou (démo)", CaseworkRole.GESTIONNAIRE_CAS,
					"CR-GON"),
			new OtherWorker("superviseur.gontougo@demo.mnr", "Hortense Amani (démo)", CaseworkRole.SUPERVISEUR,
					"CR-GON"),
			new OtherWorker("gestionnaire.daloa@demo.mnr", "Serge Gbagbo-Exemple (démo)", CaseworkRole.GESTIONNAIRE_CAS,
					"CR-HSA"),
			new OtherWorker("superviseur.daloa@demo.mnr", "Odile Zadi (démo)", CaseworkRole.SUPERVISEUR, "CR-HSA"),
			new OtherWorker("gestionnaire.dltp@demo.mnr", "Pascal Anoh (démo)", CaseworkRole.GESTIONNAIRE_CAS, "DLTP"));

	private final CaseFiles cases;

	private final PersonRecords people;

	private final BreakGlass breakGlass;

	private final JdbcTemplate jdbc;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoCases(CaseFiles cases, PersonRecords people, BreakGlass breakGlass,
			@Qualifier("caseworkJdbcTemplate") JdbcTemplate jdbc, PlatformProperties platform, Clock clock) {
		this.cases = cases;
		this.people = people;
		this.breakGlass = breakGlass;
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
		// the alerts' demo (before this one) may already have opened a case from a
		// screening:
		// this demo's own mark is the other cells' demo workers it creates
		Long existing = jdbc.queryForObject("select count(*) from mnr_user where username = ?", Long.class,
				OTHERS.get(0).username());
		if (existing != null && existing > 0) {
			return;
		}
		Optional<Caseworker> worker = DemoCaseworkers.find(jdbc, "gestionnaire@demo.mnr");
		Optional<Caseworker> supervisor = DemoCaseworkers.find(jdbc, "superviseur@demo.mnr");
		if (worker.isEmpty() || supervisor.isEmpty()) {
			log.warn("Demo cases: the demo case worker or supervisor is missing; no demo case");
			return;
		}
		OTHERS.forEach(this::ensure);
		Caseworker gon = DemoCaseworkers.find(jdbc, OTHERS.get(0).username()).orElseThrow();
		Caseworker hsa = DemoCaseworkers.find(jdbc, OTHERS.get(2).username()).orElseThrow();
		Caseworker dltp = DemoCaseworkers.find(jdbc, OTHERS.get(4).username()).orElseThrow();
		Caseworker por = worker.get();
		LocalDate today = LocalDate.now(clock);

		String aicha = open(por, "Aïcha", "Fictive-Yéo", today.minusYears(13).minusMonths(2), "07 00 10 00 01",
				"FEMININE", true, false, true);
		risk(por, aicha, "HIGH", "MEDIUM", "HIGH",
				"Récit fictif : l’employeuse a appelé deux fois la cellule pour la « récupérer ».");
		needs(por, aicha, true, true, false, true, "Placée en famille d’accueil provisoire (démo).");
		child(por, aicha, "Fictif : l’enfant souhaite reprendre l’école ; retour en famille à évaluer.",
				"Tante maternelle, commerçante à Korhogo (démo)", "NEEDED");
		note(por, aicha, "Entretien fictif avec l’enfant en présence d’une assistante sociale.");

		String grace = open(por, "Grâce", "Exemple-Kouadio", today.minusYears(22), "05 00 10 00 02", "FEMININE", false,
				true, true);
		risk(por, grace, "MEDIUM", "MEDIUM", "LOW", "");
		perpetrator(por, grace, List.of("RecruiterOrIntermediary", "Exploiter"),
				"Fictif : gérante d’un maquis à Ferkessédougou.");

		String issouf = open(por, "Issouf", "Fictif-Sanogo", today.minusYears(15), "01 00 10 00 03", "MASCULINE", true,
				false);
		child(por, issouf, "", "Aucun adulte accompagnant (démo)", "IN_PROGRESS");

		String seydou = open(por, "Seydou", "Démo-Coulibaly", today.minusYears(31), "07 00 10 00 04", "MASCULINE",
				false, false);
		needs(por, seydou, false, true, true, false, "Hébergé au centre d’accueil de Korhogo (démo).");
		risk(por, seydou, "LOW", "MEDIUM", "MEDIUM", "");

		String estelle = open(por, "Estelle", "Fictive-Gnagne", today.minusYears(27), "05 00 10 00 05", "FEMININE",
				false, false);
		status(por, estelle, "FOLLOW_UP", "");
		note(por, estelle, "Suivi fictif : formation en couture commencée.");

		String lassina = open(por, "Lassina", "Exemple-Koné", today.minusYears(34), "01 00 10 00 06", "MASCULINE",
				false, false);
		backdate(lassina, Duration.ofDays(45));

		open(por, "Clarisse", "Démo-Aka", today.minusYears(29), "07 00 10 00 07", "FEMININE", false, false);
		// closed by DemoClosures (order 50): requested by its case worker, approved by
		// the supervisor

		String bintou = open(gon, "Bintou", "Fictive-Diarra", today.minusYears(12), "07 00 10 00 08", "FEMININE", true,
				false);
		open(gon, "Nadège", "Exemple-Brou", today.minusYears(25), "05 00 10 00 09", "FEMININE", false, false);

		String moussa = open(hsa, "Moussa", "Fictif-Traoré", today.minusYears(40), "01 00 10 00 10", "MASCULINE", false,
				false);
		risk(hsa, moussa, "HIGH", "HIGH", "MEDIUM", "Fictif : menaces reçues par téléphone.");
		open(hsa, "Koffi", "Démo-Yao", today.minusYears(19), "07 00 10 00 11", "MASCULINE", false, false);
		// closed by DemoClosures (order 50) in one step by the cell's supervisor

		open(dltp, "Rita", "Démo-Mensah", today.minusYears(24), "05 00 10 00 12", "FEMININE", false, true, true);

		breakGlass.open(por, null, "case", cases.scopeOf(bintou),
				"Démo : l’enfant a été conduite à Korhogo, la cellule du Gontougo demande un relais.");
		log.info("Demo cases: 12 fictitious case files; break-the-glass example on {}", bintou);
	}

	private String open(Caseworker owner, String firstName, String secondName, LocalDate birthdate, String phone,
			String gender, boolean child, boolean sexualExploitation) {
		return open(owner, firstName, secondName, birthdate, phone, gender, child, sexualExploitation, false);
	}

	/** {@code actual}: the status is certified (by a prosecutor, in the story). */
	private String open(Caseworker owner, String firstName, String secondName, LocalDate birthdate, String phone,
			String gender, boolean child, boolean sexualExploitation, boolean actual) {
		PersonForm form = new PersonForm(firstName, secondName, "", birthdate.toString(), "", "", gender, "CI", "fr",
				"", phone, "", "Quartier fictif", "", "Récit fictif de démonstration.", LocalDate.now(clock).toString(),
				null);
		PersonRecords.Result person = people.create(owner, null, form, null);
		long personId = jdbc.queryForObject("select id from mnr_person where code = ?", Long.class, person.code());
		return cases.openWithoutScreening(personId, actual, child, sexualExploitation, owner);
	}

	private long version(String code) {
		return jdbc.queryForObject("select version from mnr_case where code = ?", Long.class, code);
	}

	private void risk(Caseworker who, String code, String danger, String proximity, String retrafficking, String note) {
		cases.assessRisk(who, null, code, new RiskForm(danger, proximity, retrafficking, note, version(code)));
	}

	private void needs(Caseworker who, String code, boolean medical, boolean shelter, boolean food, boolean safety,
			String note) {
		cases.recordNeeds(who, null, code,
				new NeedsForm(medical, shelter, food, safety, false, false, note, version(code)));
	}

	private void child(Caseworker who, String code, String bestInterests, String guardian, String tracing) {
		cases.recordChildProtection(who, null, code, new ChildForm(bestInterests,
				bestInterests.isEmpty() ? "" : LocalDate.now(clock).toString(), guardian, tracing, version(code)));
	}

	private void note(Caseworker who, String code, String text) {
		cases.addNote(who, null, code, new NoteForm(text));
	}

	private void perpetrator(Caseworker who, String code, List<String> roles, String details) {
		cases.addPerpetrator(who, null, code, new PerpetratorForm(roles, details));
	}

	private void status(Caseworker who, String code, String status, String reason) {
		cases.changeStatus(who, null, code, new StatusForm(status, reason, version(code)));
	}

	/** Demo only: the case as if nothing had been recorded on it for this long. */
	private void backdate(String code, Duration ago) {
		Timestamp then = Timestamp.from(clock.instant().minus(ago));
		jdbc.update("update mnr_case set opened_at = ?, updated_at = ?, last_activity_at = ? where code = ?", then,
				then, then, code);
		jdbc.update("update mnr_case_event set at = ? where case_id = (select id from mnr_case where code = ?)", then,
				code);
	}

	private void ensure(OtherWorker other) {
		if (DemoCaseworkers.find(jdbc, other.username()).isPresent()) {
			return;
		}
		jdbc.update(
				"insert into mnr_user (username, display_name, password_hash, role, organisation_id, enabled,"
						+ " created_at) select ?, ?, ?, ?, id, false, ? from mnr_organisation where code = ?",
				other.username(), other.displayName(), "{noop}" + UUID.randomUUID(), other.role().name(),
				Timestamp.from(Instant.now(clock)), other.organisationCode());
	}

}
