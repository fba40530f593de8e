package org.cohesion.portal.casework.directory;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.directory.DirectoryViews.Filter;
import org.cohesion.portal.casework.directory.DirectoryViews.OrganisationChoice;
import org.cohesion.portal.casework.directory.DirectoryViews.ServiceForm;
import org.cohesion.portal.casework.directory.DirectoryViews.ServiceRow;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The directory of services: searched by everyone who refers people, kept by the MNR
 * administrator, its places free kept by each provider for its own services only (any
 * other service answers as if it did not exist). Every change is audited.
 */
@Service
public class ServiceDirectory {

	private final ProviderServiceRepository services;

	private final OrganisationRepository organisations;

	private final CaseworkAudit audit;

	private final Clock clock;

	ServiceDirectory(ProviderServiceRepository services, OrganisationRepository organisations, CaseworkAudit audit,
			Clock clock) {
		this.services = services;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The active services that match, those with room first, then by organisation. */
	@CaseworkTransactional(readOnly = true)
	public List<ServiceRow> search(Filter filter) {
		Map<Long, Organisation> byId = organisationsById();
		return services.findAll()
			.stream()
			.filter(ProviderService::isActive)
			.filter(service -> byId.containsKey(service.getOrganisationId())
					&& byId.get(service.getOrganisationId()).isActive())
			.filter(service -> filter.type() == null || service.getServiceType() == filter.type())
			.filter(service -> service.covers(filter.region()))
			.filter(service -> filter.person() == null || filter.person().isBlank()
					|| service.takes(filter.child(), filter.woman()))
			.map(service -> row(service, byId))
			.filter(row -> !filter.withRoom() || row.hasRoom())
			.sorted(Comparator.comparing((ServiceRow row) -> !row.hasRoom())
				.thenComparing(row -> row.type().ordinal())
				.thenComparing(ServiceRow::organisationName))
			.toList();
	}

	/**
	 * Other providers of this service, in this region, for this person, that have room
	 * now: what a refused referral suggests instead.
	 */
	@CaseworkTransactional(readOnly = true)
	public List<ServiceRow> alternatives(ServiceType type, @Nullable String region, boolean child,
			@Nullable Boolean woman, long excludingOrganisationId) {
		String person = child ? "enfant" : woman == null ? null : woman ? "femme" : "homme";
		return search(new Filter(type, region, person, true)).stream()
			.filter(row -> row.organisationId() != excludingOrganisationId)
			.toList();
	}

	@CaseworkTransactional(readOnly = true)
	public Optional<ServiceRow> find(String ref) {
		return services.findByRef(ref).map(service -> row(service, organisationsById()));
	}

	/** The services of the provider's own organisation, for its capacity page. */
	@CaseworkTransactional(readOnly = true)
	public List<ServiceRow> ofOrganisation(long organisationId) {
		Map<Long, Organisation> byId = organisationsById();
		return services.findByOrganisationIdOrderByServiceType(organisationId)
			.stream()
			.filter(ProviderService::isActive)
			.map(service -> row(service, byId))
			.toList();
	}

	/**
	 * The provider's staff set the places free of one of their own services. Returns the
	 * message key of a refusal, or null when saved; a service of another organisation is
	 * not found.
	 */
	@CaseworkTransactional
	public @Nullable String updateCapacity(Caseworker who, String ref, int free, long version) {
		ProviderService service = services.findByRef(ref)
			.filter(s -> s.getOrganisationId() == who.organisationId() && s.isActive())
			.orElseThrow(RecordNotFoundException::new);
		if (service.getVersion() != version) {
			return "mnr.service.capacity.conflict";
		}
		String refusal = service.updateCapacity(free, who.username(), clock);
		if (refusal == null) {
			audit.record(AuditEvent.of(AuditAction.UPDATE, "service", ref, "places libres"));
		}
		return refusal;
	}

	/** All services, active or not, for the administrator. */
	@CaseworkTransactional(readOnly = true)
	public List<ServiceRow> all() {
		Map<Long, Organisation> byId = organisationsById();
		return services.findAll()
			.stream()
			.map(service -> row(service, byId))
			.sorted(Comparator.comparing(ServiceRow::organisationName).thenComparing(row -> row.type().ordinal()))
			.toList();
	}

	/** The provider organisations a service may belong to. */
	@CaseworkTransactional(readOnly = true)
	public List<OrganisationChoice> providers() {
		return organisations.findAll()
			.stream()
			.filter(o -> o.getKind() == OrganisationKind.PRESTATAIRE && o.isActive())
			.sorted(Comparator.comparing(Organisation::getName))
			.map(o -> new OrganisationChoice(o.getId(), o.getCode(), o.getName()))
			.toList();
	}

	/** The regions of the mechanism: those of its regional cells and organisations. */
	@CaseworkTransactional(readOnly = true)
	public List<String> regions() {
		return organisations.findAll()
			.stream()
			.map(Organisation::getRegion)
			.filter(region -> !region.isBlank())
			.distinct()
			.sorted(java.text.Collator.getInstance(java.util.Locale.FRENCH))
			.toList();
	}

	/** The form's errors, by field, as message keys; empty when it may be saved. */
	public Map<String, String> check(ServiceForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.organisationId() == null
				|| providers().stream().noneMatch(choice -> choice.id() == form.organisationId())) {
			errors.put("organisationId", "mnr.service.error.organisation");
		}
		if (form.type() == null) {
			errors.put("type", "mnr.service.error.type");
		}
		if (!form.national() && form.regionList().isEmpty()) {
			errors.put("regions", "mnr.service.error.regions");
		}
		else if (!regions().containsAll(form.regionList())) {
			errors.put("regions", "mnr.service.error.regions");
		}
		if (!form.takesChildren() && !form.takesWomen() && !form.takesMen()) {
			errors.put("takes", "mnr.service.error.takes");
		}
		String total = form.text(form.capacityTotal()).strip();
		if (!total.isEmpty() && !total.matches("\\d{1,5}")) {
			errors.put("capacityTotal", "mnr.service.error.capacity");
		}
		if (form.text(form.description()).length() > 500) {
			errors.put("description", "mnr.service.error.tooLong");
		}
		String email = form.text(form.email()).strip();
		if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.put("email", "mnr.service.error.email");
		}
		if (form.text(form.phone()).length() > 40 || form.text(form.address()).length() > 300) {
			errors.put("phone", "mnr.service.error.tooLong");
		}
		return errors;
	}

	@CaseworkTransactional
	public String create(ServiceForm form, Caseworker who) {
		ProviderService service = new ProviderService(Objects.requireNonNull(form.organisationId()),
				Objects.requireNonNull(form.type()), clock);
		describe(service, form);
		services.save(service);
		audit.record(AuditEvent.of(AuditAction.CREATE, "service", service.getRef(), "service de l’annuaire"));
		return service.getRef();
	}

	/**
	 * Saves the administrator's change; a stale form is refused (someone saved since).
	 */
	@CaseworkTransactional
	public void update(String ref, ServiceForm form, Caseworker who) {
		ProviderService service = services.findByRef(ref).orElseThrow(RecordNotFoundException::new);
		if (form.version() == null || service.getVersion() != form.version()) {
			throw new OptimisticLockingFailureException("service " + ref + " changed since the form was read");
		}
		describe(service, form);
		audit.record(AuditEvent.of(AuditAction.UPDATE, "service", ref, "service de l’annuaire"));
	}

	@CaseworkTransactional
	public void setActive(String ref, boolean active, Caseworker who) {
		ProviderService service = services.findByRef(ref).orElseThrow(RecordNotFoundException::new);
		if (active) {
			service.reactivate();
		}
		else {
			service.deactivate();
		}
		audit.record(AuditEvent.of(AuditAction.UPDATE, "service", ref, active ? "réactivé" : "désactivé"));
	}

	private static void describe(ProviderService service, ServiceForm form) {
		String total = form.text(form.capacityTotal()).strip();
		service.describe(Objects.requireNonNull(form.type()), form.text(form.description()), form.national(),
				form.regionList(), form.takesChildren(), form.takesWomen(), form.takesMen(),
				total.isEmpty() ? null : Integer.valueOf(total), form.text(form.phone()), form.text(form.email()),
				form.text(form.address()));
	}

	private Map<Long, Organisation> organisationsById() {
		return organisations.findAll().stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
	}

	private static ServiceRow row(ProviderService service, Map<Long, Organisation> byId) {
		Organisation organisation = byId.get(service.getOrganisationId());
		return new ServiceRow(service.getRef(), service.getOrganisationId(),
				organisation == null ? "" : organisation.getCode(), organisation == null ? "" : organisation.getName(),
				service.getServiceType(), service.getDescription(), service.isNational(), service.regionList(),
				service.isTakesChildren(), service.isTakesWomen(), service.isTakesMen(), service.getCapacityTotal(),
				service.getPlacesFree(), service.getCapacityUpdatedAt(), service.getContactPhone(),
				service.getContactEmail(), service.getAddress(), service.isActive(), service.getVersion());
	}

}
