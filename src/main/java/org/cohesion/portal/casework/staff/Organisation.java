package org.cohesion.portal.casework.staff;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A body whose staff use the casework: the DLTP, a regional cell, a first-line actor or a
 * service provider. Every casework user belongs to exactly one.
 */
@Entity
@Table(name = "mnr_organisation")
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 20)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private OrganisationKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private OrganisationType orgType;

	/** The region it covers; empty when national. */
	@Column(nullable = false, length = 60)
	private String region;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Organisation() {
	}

	public Organisation(String code, String name, OrganisationKind kind, OrganisationType orgType, String region,
			Clock clock) {
		this.code = code.trim().toUpperCase(java.util.Locale.ROOT);
		this.name = name.trim();
		this.kind = kind;
		this.orgType = orgType;
		this.region = region.trim();
		this.active = true;
		this.createdAt = clock.instant();
	}

	public void change(String name, OrganisationKind kind, OrganisationType orgType, String region) {
		this.name = name.trim();
		this.kind = kind;
		this.orgType = orgType;
		this.region = region.trim();
	}

	public void deactivate() {
		this.active = false;
	}

	public void reactivate() {
		this.active = true;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public OrganisationKind getKind() {
		return kind;
	}

	public OrganisationType getOrgType() {
		return orgType;
	}

	public String getRegion() {
		return region;
	}

	public boolean isActive() {
		return active;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
