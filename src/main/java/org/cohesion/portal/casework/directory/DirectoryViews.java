package org.cohesion.portal.casework.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the directory's pages show and take in. */
public final class DirectoryViews {

	private DirectoryViews() {
	}

	/** One service of the directory, as every reader may see it. */
	public record ServiceRow(String ref, long organisationId, String organisationCode, String organisationName,
			ServiceType type, String description, boolean national, List<String> regions, boolean children,
			boolean women, boolean men, @Nullable Integer capacityTotal, @Nullable Integer placesFree,
			@Nullable Instant capacityUpdatedAt, String phone, String email, String address, boolean active,
			long version) {

		/** Whom it takes, as message keys ({@code mnr.directory.children}…). */
		public List<String> takesKeys() {
			List<String> keys = new java.util.ArrayList<>();
			if (children) {
				keys.add("mnr.directory.children");
			}
			if (women) {
				keys.add("mnr.directory.women");
			}
			if (men) {
				keys.add("mnr.directory.men");
			}
			return keys;
		}

		/**
		 * Whether it takes this person: a child only if it takes children; an adult woman
		 * or man only if it takes women or men; an adult whose gender is not recorded (or
		 * neither) if it takes adults at all.
		 */
		public boolean takes(boolean child, @Nullable Boolean woman) {
			if (child) {
				return children;
			}
			return woman == null ? women || men : (woman ? women : men);
		}

		/** Whether it has room now (a service that does not count places always has). */
		public boolean hasRoom() {
			return placesFree == null || placesFree > 0;
		}

	}

	/**
	 * What the reader looks for: a type of service, a region, whom it must take (a child,
	 * a woman, a man), only those with room.
	 */
	public record Filter(@Nullable ServiceType type, @Nullable String region, @Nullable String person,
			boolean withRoom) {

		public static Filter none() {
			return new Filter(null, null, null, false);
		}

		boolean child() {
			return "enfant".equals(person);
		}

		@Nullable Boolean woman() {
			return "femme".equals(person) ? Boolean.TRUE : "homme".equals(person) ? Boolean.FALSE : null;
		}

	}

	/** The administrator's form for one service. */
	public record ServiceForm(@Nullable Long organisationId, @Nullable ServiceType type, @Nullable String description,
			boolean national, @Nullable List<String> regions, boolean takesChildren, boolean takesWomen,
			boolean takesMen, @Nullable String capacityTotal, @Nullable String phone, @Nullable String email,
			@Nullable String address, @Nullable Long version) {

		public static ServiceForm empty() {
			return new ServiceForm(null, null, "", false, List.of(), false, false, false, "", "", "", "", null);
		}

		public List<String> regionList() {
			return regions == null ? List.of() : regions;
		}

		public String text(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

	/** The administrator's form page. */
	public record ServicePage(@Nullable String ref, ServiceForm form, Map<String, String> errors,
			List<OrganisationChoice> organisations, List<String> regions, boolean active, boolean conflict) {
	}

	/** A provider organisation the administrator may attach a service to. */
	public record OrganisationChoice(long id, String code, String name) {
	}

}
