package org.cohesion.portal.casework.directory;

import java.time.Clock;
import java.util.List;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.casework.staff.OrganisationType;
import org.cohesion.portal.platform.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: providers of every type of service in several regions, all marked «
 * (démo) », with their places (one shelter full, to show how the directory says it). The
 * demo staff's provider organisations (DEMO-ONG, DEMO-SAN, DEMO-JUR) get their services
 * too, so the demo prestataire has a capacity page to keep.
 */
@Component
@Order(7)
class DemoDirectory implements ApplicationRunner {

	record DemoProvider(String code, String name, OrganisationType type, String region) {
	}

	record DemoService(String organisation, ServiceType type, String description, List<String> regions,
			boolean children, boolean women, boolean men, @Nullable Integer total, @Nullable Integer free,
			String phone) {
	}

	static final List<DemoProvider> PROVIDERS = List.of(
			new DemoProvider("DEMO-CAE", "Centre d’accueil d’urgence d’Aboisso (démo)",
					OrganisationType.CENTRAL_GOVERNMENT, "Sud-Comoé"),
			new DemoProvider("DEMO-FAM", "Réseau des familles d’accueil du Gôh (démo)", OrganisationType.NGO, "Gôh"),
			new DemoProvider("DEMO-FOR", "Centre de formation aux métiers de Daloa (démo)",
					OrganisationType.SCHOOL_OR_COLLEGE, "Haut-Sassandra"),
			new DemoProvider("DEMO-RET", "Bureau d’appui au retour volontaire (démo)", OrganisationType.NGO, ""),
			new DemoProvider("DEMO-PSY", "Cellule d’écoute psychosociale de Bondoukou (démo)", OrganisationType.NGO,
					"Gontougo"));

	static final List<DemoService> SERVICES = List.of(
			new DemoService("DEMO-ONG", ServiceType.NGO_SHELTER, "Foyer pour filles mineures et jeunes femmes",
					List.of("Poro"), true, true, false, 12, 3, "27 00 00 10 10"),
			new DemoService("DEMO-ONG", ServiceType.PSYCHOSOCIAL, "Écoute et accompagnement, en sénoufo et en dioula",
					List.of("Poro"), true, true, true, null, null, "27 00 00 10 11"),
			new DemoService("DEMO-SAN", ServiceType.MEDICAL, "Consultations, soins d’urgence, santé sexuelle",
					List.of("Gontougo"), true, true, true, null, null, "27 00 00 20 20"),
			new DemoService("DEMO-JUR", ServiceType.LEGAL_AID, "Conseil, accompagnement au procès, état civil",
					List.of("Haut-Sassandra", "Gôh"), true, true, true, null, null, "27 00 00 30 30"),
			new DemoService("DEMO-CAE", ServiceType.RECEPTION_CENTRE, "Hébergement d’urgence, 72 heures renouvelables",
					List.of("Sud-Comoé"), true, true, true, 20, 0, "27 00 00 40 40"),
			new DemoService("DEMO-FAM", ServiceType.FOSTER_FAMILY, "Placement temporaire d’enfants de moins de 15 ans",
					List.of("Gôh", "Haut-Sassandra"), true, false, false, 6, 2, "27 00 00 50 50"),
			new DemoService("DEMO-FOR", ServiceType.VOCATIONAL_LIVELIHOOD, "Couture, coiffure, mécanique, maraîchage",
					List.of("Haut-Sassandra"), false, true, true, 30, 8, "27 00 00 60 60"),
			new DemoService("DEMO-FOR", ServiceType.EDUCATION, "Remise à niveau et réinscription scolaire",
					List.of("Haut-Sassandra"), true, false, false, 25, 10, "27 00 00 60 61"),
			new DemoService("DEMO-RET", ServiceType.RETURN_REPATRIATION,
					"Retour volontaire vers les pays de la sous-région", List.of(), true, true, true, null, null,
					"27 00 00 70 70"),
			new DemoService("DEMO-RET", ServiceType.FAMILY_TRACING, "Recherche des familles, y compris hors du pays",
					List.of(), true, true, true, null, null, "27 00 00 70 71"),
			new DemoService("DEMO-PSY", ServiceType.PSYCHOSOCIAL, "Soutien individuel et groupes de parole",
					List.of("Gontougo"), true, true, true, null, null, "27 00 00 80 80"));

	private final OrganisationRepository organisations;

	private final ProviderServiceRepository services;

	private final PlatformProperties platform;

	private final Clock clock;

	DemoDirectory(OrganisationRepository organisations, ProviderServiceRepository services, PlatformProperties platform,
			Clock clock) {
		this.organisations = organisations;
		this.services = services;
		this.platform = platform;
		this.clock = clock;
	}

	@Override
	@CaseworkTransactional
	public void run(ApplicationArguments args) {
		if (!platform.demo().enabled() || services.count() > 0) {
			return;
		}
		for (DemoProvider provider : PROVIDERS) {
			if (organisations.findByCode(provider.code()).isEmpty()) {
				organisations.save(new Organisation(provider.code(), provider.name(), OrganisationKind.PRESTATAIRE,
						provider.type(), provider.region(), clock));
			}
		}
		for (DemoService demo : SERVICES) {
			organisations.findByCode(demo.organisation()).ifPresent(organisation -> {
				ProviderService service = new ProviderService(organisation.getId(), demo.type(), clock);
				service.describe(demo.type(), demo.description(), demo.regions().isEmpty(), demo.regions(),
						demo.children(), demo.women(), demo.men(), demo.total(), demo.phone(), "", "");
				if (demo.free() != null) {
					service.updateCapacity(demo.free(), "prestataire@demo.mnr", clock);
				}
				services.save(service);
			});
		}
	}

}
