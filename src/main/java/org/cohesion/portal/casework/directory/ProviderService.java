package org.cohesion.portal.casework.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * One service an organisation gives: who it takes, where, with how many places. The
 * provider's own staff keep the places free current ({@link #updateCapacity}); everything
 * else is the MNR administrator's ({@link #describe}).
 */
@Entity
@Table(name = "mnr_service")
class ProviderService {

	/** Regions covered, stored as one line: {@code Poro|Gontougo}. */
	private static final String SEPARATOR = "|";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String ref;

	private long organisationId;

	@Enumerated(EnumType.STRING)
	private ServiceType serviceType;

	private String description;

	private boolean national;

	private String regions;

	private boolean takesChildren;

	private boolean takesWomen;

	private boolean takesMen;

	private @Nullable Integer capacityTotal;

	private @Nullable Integer placesFree;

	private @Nullable Instant capacityUpdatedAt;

	private @Nullable String capacityUpdatedBy;

	private String contactPhone;

	private String contactEmail;

	private String address;

	private boolean active;

	private Instant createdAt;

	@Version
	private long version;

	protected ProviderService() {
		this.ref = "";
		this.serviceType = ServiceType.MEDICAL;
		this.description = "";
		this.regions = "";
		this.contactPhone = "";
		this.contactEmail = "";
		this.address = "";
		this.createdAt = Instant.EPOCH;
	}

	ProviderService(long organisationId, ServiceType serviceType, Clock clock) {
		this();
		this.ref = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		this.organisationId = organisationId;
		this.serviceType = serviceType;
		this.active = true;
		this.createdAt = clock.instant();
	}

	/**
	 * What the administrator keeps: the service, its reach, whom it takes, how to call.
	 */
	void describe(ServiceType type, String description, boolean national, List<String> regions, boolean children,
			boolean women, boolean men, @Nullable Integer capacityTotal, String phone, String email, String address) {
		this.serviceType = type;
		this.description = description.strip();
		this.national = national;
		this.regions = national ? "" : String.join(SEPARATOR, regions.stream().map(String::strip).sorted().toList());
		this.takesChildren = children;
		this.takesWomen = women;
		this.takesMen = men;
		this.capacityTotal = capacityTotal;
		if (capacityTotal != null && placesFree != null && placesFree > capacityTotal) {
			this.placesFree = capacityTotal;
		}
		this.contactPhone = phone.strip();
		this.contactEmail = email.strip();
		this.address = address.strip();
	}

	/**
	 * The provider says how many places are free now; refused (with the message key)
	 * below zero or above the service's total.
	 */
	@Nullable String updateCapacity(int free, String by, Clock clock) {
		if (free < 0) {
			return "mnr.service.capacity.negative";
		}
		if (capacityTotal != null && free > capacityTotal) {
			return "mnr.service.capacity.aboveTotal";
		}
		this.placesFree = free;
		this.capacityUpdatedAt = clock.instant();
		this.capacityUpdatedBy = by;
		return null;
	}

	void deactivate() {
		this.active = false;
	}

	void reactivate() {
		this.active = true;
	}

	/** Whether it takes this person: a child, or an adult woman or man. */
	boolean takes(boolean child, @Nullable Boolean woman) {
		if (child) {
			return takesChildren;
		}
		return woman == null ? takesWomen || takesMen : (woman ? takesWomen : takesMen);
	}

	boolean covers(@Nullable String region) {
		return national || region == null || region.isBlank() || regionList().contains(region);
	}

	List<String> regionList() {
		return regions.isEmpty() ? List.of() : Arrays.asList(regions.split("\\" + SEPARATOR));
	}

	@Nullable Long getId() {
		return id;
	}

	String getRef() {
		return ref;
	}

	long getOrganisationId() {
		return organisationId;
	}

	ServiceType getServiceType() {
		return serviceType;
	}

	String getDescription() {
		return description;
	}

	boolean isNational() {
		return national;
	}

	boolean isTakesChildren() {
		return takesChildren;
	}

	boolean isTakesWomen() {
		return takesWomen;
	}

	boolean isTakesMen() {
		return takesMen;
	}

	@Nullable Integer getCapacityTotal() {
		return capacityTotal;
	}

	@Nullable Integer getPlacesFree() {
		return placesFree;
	}

	@Nullable Instant getCapacityUpdatedAt() {
		return capacityUpdatedAt;
	}

	@Nullable String getCapacityUpdatedBy() {
		return capacityUpdatedBy;
	}

	String getContactPhone() {
		return contactPhone;
	}

	String getContactEmail() {
		return contactEmail;
	}

	String getAddress() {
		return address;
	}

	boolean isActive() {
		return active;
	}

	long getVersion() {
		return version;
	}

}
