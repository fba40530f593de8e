package org.cohesion.portal.casework.alert;

import org.jspecify.annotations.Nullable;

/**
 * What the alert form sends, as typed (re-shown as typed when refused). {@code key} is
 * the idempotency key the form was given when it was opened; {@code version} the draft's
 * version it was opened on, if it edits a draft.
 */
public record AlertForm(@Nullable String key, @Nullable String region, @Nullable String locality,
		@Nullable String observedDate, @Nullable String observedTime, @Nullable String circumstances,
		@Nullable String peopleCount, @Nullable Boolean needMedical, @Nullable Boolean needShelter,
		@Nullable Boolean needFood, @Nullable Boolean needSafety, @Nullable String accompaniment,
		@Nullable String companions, @Nullable String contact, @Nullable Long version) {

	AlertForm withVersion(long newVersion) {
		return new AlertForm(key, region, locality, observedDate, observedTime, circumstances, peopleCount, needMedical,
				needShelter, needFood, needSafety, accompaniment, companions, contact, newVersion);
	}

	static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public static boolean checked(@Nullable Boolean value) {
		return value != null && value;
	}

}
