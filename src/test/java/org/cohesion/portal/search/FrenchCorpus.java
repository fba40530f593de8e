package org.cohesion.portal.search;

import java.util.List;
import java.util.Random;

/**
 * Generated French news of a ministry of solidarity, for the search benchmark: titles,
 * standfirsts and bodies of a few paragraphs assembled from varied phrases (actors,
 * actions, places, topics, figures), so that term frequencies look like a real newsroom's
 * rather than one repeated text.
 */
final class FrenchCorpus {

	static final List<String> SECTIONS = List.of("Solidarité nationale", "Cohésion sociale", "Protection sociale",
			"Lutte contre la traite", "Handicap et inclusion", "Coopération", "Genre et autonomisation",
			"Action humanitaire");

	private static final List<String> PLACES = List.of("Abidjan", "Bouaké", "Korhogo", "Daloa", "Man", "San-Pédro",
			"Yamoussoukro", "Gagnoa", "Abengourou", "Odienné", "Bondoukou", "Séguéla", "Divo", "Soubré",
			"Ferkessédougou", "Touba", "Dabou", "Agboville", "Katiola", "Sassandra", "Guiglo", "Duékoué", "Boundiali",
			"Tengréla");

	private static final List<String> ACTORS = List.of("La ministre", "Le directeur de cabinet",
			"Le secrétaire général du Ministère", "La directrice de la protection sociale", "Le préfet de région",
			"Les travailleurs sociaux", "Les agents des centres sociaux", "Une délégation du Ministère",
			"Les partenaires techniques et financiers", "Le comité national de lutte contre la traite",
			"Les organisations de la société civile", "Les chefs traditionnels", "Les responsables des ONG",
			"Le représentant de l’UNICEF", "La coordinatrice du programme", "Les élus locaux", "Les volontaires",
			"L’équipe mobile d’intervention", "Le point focal genre", "Les présidentes des associations féminines");

	private static final List<String> ACTIONS = List.of("a remis des kits d’urgence aux", "a rencontré",
			"a lancé un programme d’accompagnement en faveur des", "a procédé au recensement des",
			"a inauguré un centre d’accueil pour les", "a présidé la cérémonie de remise de vivres aux",
			"a échangé avec", "a annoncé un nouveau cycle de transferts monétaires au profit des",
			"ont formé à l’écoute et à l’accompagnement psychosocial les agents chargés des",
			"ont sensibilisé les communautés au sort des", "ont distribué des fournitures scolaires aux",
			"ont identifié et orienté", "ont validé le plan d’action pour la réinsertion des",
			"ont signé une convention de partenariat pour soutenir les", "ont visité les familles des",
			"ont organisé une caravane de la cohésion sociale auprès des", "ont renforcé le suivi des",
			"ont présenté le registre social unifié aux");

	private static final List<String> BENEFICIARIES = List.of("ménages sinistrés", "ménages vulnérables",
			"personnes en situation de handicap", "victimes de traite", "enfants vulnérables",
			"orphelins et enfants vulnérables", "femmes rurales", "jeunes déscolarisés", "personnes âgées",
			"familles déplacées", "survivantes de violences basées sur le genre", "élèves des zones rurales",
			"coopératives agricoles féminines", "populations riveraines", "enfants des rues", "migrants de retour",
			"veuves et chefs de ménage", "personnes vivant avec le VIH");

	private static final List<String> TOPICS = List.of("les inondations", "la saison des pluies", "la rentrée scolaire",
			"la Journée internationale des personnes handicapées", "la lutte contre la traite des personnes",
			"le mécanisme national de référencement", "la stratégie nationale de cohésion sociale",
			"les filets sociaux productifs", "l’autonomisation des femmes", "la protection de l’enfance",
			"la couverture maladie universelle", "la prévention des conflits communautaires", "le vivre-ensemble",
			"la gestion des cas", "l’insertion professionnelle des jeunes", "les activités génératrices de revenus",
			"l’éducation spécialisée", "la réponse humanitaire", "le retour des déplacés",
			"la collecte des données sociales");

	private static final List<String> DETAILS = List.of(
			"Les équipes ont recensé les besoins de chaque famille avant la distribution.",
			"Des vivres, des nattes, des moustiquaires et des kits d’hygiène ont été remis.",
			"La cérémonie s’est tenue en présence des autorités administratives et coutumières.",
			"Les bénéficiaires ont salué une initiative qui arrive au bon moment.",
			"Un numéro vert permet désormais de signaler les situations de détresse.",
			"Les centres sociaux assureront le suivi des dossiers dans les semaines à venir.",
			"Le programme sera étendu à d’autres régions d’ici la fin de l’année.",
			"Les partenaires ont réaffirmé leur engagement aux côtés du Gouvernement.",
			"Une attention particulière est portée aux personnes les plus isolées.",
			"Les paiements sont effectués par téléphone mobile pour limiter les déplacements.",
			"Les agents ont été formés au repérage des victimes et à leur orientation.",
			"Des séances d’écoute ont été organisées avec l’appui de psychologues.",
			"Les chefs de communauté ont été associés à chaque étape du processus.",
			"Le Ministère rappelle que l’aide est gratuite et ne donne lieu à aucun paiement.",
			"Les données collectées alimenteront le registre social unifié.",
			"Un comité de suivi se réunira chaque trimestre pour évaluer les résultats.",
			"Les jeunes formés recevront un kit d’installation à la fin de leur apprentissage.",
			"Les familles d’accueil bénéficient d’un accompagnement spécifique.",
			"Les magistrats, policiers et travailleurs sociaux ont travaillé ensemble sur des cas pratiques.",
			"La ministre a appelé chacun à la solidarité envers les plus vulnérables.");

	private static final List<String> TITLE_PATTERNS = List.of("%s : %s reçoivent l’appui du Ministère",
			"À %s, %s au cœur de %s", "%s : un nouveau programme pour les %s de %s",
			"%s : le Ministère mobilisé pour %s", "%s : %d %s accompagnés", "Caravane de la solidarité à %s",
			"%s : atelier de validation sur %s", "%s : les %s de %s pris en charge");

	private final Random random;

	FrenchCorpus(Random random) {
		this.random = random;
	}

	record Generated(String title, String standfirst, String body) {
	}

	int section() {
		return random.nextInt(SECTIONS.size());
	}

	/** Spread over about six years, more recent news being more frequent. */
	long minutesAgo() {
		double skew = Math.pow(random.nextDouble(), 1.6);
		return (long) (skew * 6 * 365 * 24 * 60);
	}

	Generated article(int number) {
		String place = pick(PLACES);
		String beneficiaries = pick(BENEFICIARIES);
		String topic = pick(TOPICS);
		String title = switch (random.nextInt(TITLE_PATTERNS.size())) {
			case 0 -> String.format("%s : %s reçoivent l’appui du Ministère", capitalise(topic), beneficiaries);
			case 1 -> String.format("À %s, les %s au cœur de %s", place, beneficiaries, topic);
			case 2 ->
				String.format("%s : un nouveau programme pour les %s de %s", capitalise(topic), beneficiaries, place);
			case 3 -> String.format("%s : le Ministère mobilisé pour %s", place, topic);
			case 4 -> String.format("%s : %d %s accompagnés", place, 20 + random.nextInt(5000), beneficiaries);
			case 5 -> String.format("Caravane de la solidarité à %s", place);
			case 6 -> String.format("%s : atelier de validation sur %s", place, topic);
			default -> String.format("%s : les %s de %s pris en charge", capitalise(topic), beneficiaries, place);
		};
		title = title + " (" + number + ")";
		String standfirst = sentence(place, beneficiaries, topic);
		StringBuilder body = new StringBuilder();
		int paragraphs = 4 + random.nextInt(5);
		for (int p = 0; p < paragraphs; p++) {
			body.append("<p>");
			int sentences = 2 + random.nextInt(4);
			for (int s = 0; s < sentences; s++) {
				body.append(random.nextBoolean() ? sentence(pick(PLACES), pick(BENEFICIARIES), pick(TOPICS))
						: pick(DETAILS))
					.append(' ');
			}
			body.append("</p>");
			if (random.nextInt(4) == 0) {
				body.append("<h2>").append(capitalise(pick(TOPICS))).append("</h2>");
			}
		}
		return new Generated(title, standfirst, body.toString());
	}

	private String sentence(String place, String beneficiaries, String topic) {
		return String.format("À %s, %s %s %s, dans le cadre de %s.", place, lower(pick(ACTORS)), pick(ACTIONS),
				beneficiaries, topic);
	}

	private String pick(List<String> words) {
		return words.get(random.nextInt(words.size()));
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String lower(String text) {
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
