package org.cohesion.portal.casework.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cohesion.portal.casework.casefile.CaseViews;
import org.cohesion.portal.casework.directory.DirectoryViews.ServiceRow;
import org.cohesion.portal.casework.directory.ServiceType;
import org.jspecify.annotations.Nullable;

/** What the referral pages show and take in. */
public final class ReferralViews {

	private ReferralViews() {
	}

	/** The sender's form: which service, what is shared, why, how urgent. */
	public record SendForm(@Nullable String serviceRef, @Nullable List<String> fields, boolean urgent,
			@Nullable String note, boolean override, @Nullable String overrideReason) {

		public static SendForm empty() {
			return new SendForm(null, List.of(), false, "", false, "");
		}

		public List<String> fieldList() {
			return fields == null ? List.of() : fields;
		}

		public String text(@Nullable String value) {
			return value == null ? "" : value;
		}

	}

	/** One referral as its case shows it. */
	public record Sent(String ref, String organisationName, ServiceType type, boolean urgent, ReferralStatus status,
			ConsentGround ground, Set<SharedField> shared, Instant sentAt, @Nullable Duration responseTime,
			String refusalReason, String outcome, List<ServiceRow> alternatives) {
	}

	/** The case's referral page. */
	public record CasePage(CaseViews.ForReferral facts, List<Sent> referrals, List<ServiceRow> services,
			Map<String, Boolean> consentByService, SendForm form, Map<String, String> errors, boolean mayOverride) {
	}

	/** A line of the provider's inbox: no name, the case code only. */
	public record InboxLine(String ref, String caseCode, ServiceType type, boolean urgent, ReferralStatus status,
			Instant sentAt) {
	}

	/**
	 * The provider's inbox: open referrals (urgent first, then oldest), and the last
	 * closed ones.
	 */
	public record Inbox(List<InboxLine> open, List<InboxLine> closed) {
	}

	/**
	 * A referral as the provider sees it: the shared fields only (each null when not
	 * shared, or when the person has withdrawn their consent since).
	 */
	/**
	 * A referral as its provider sees it. {@code sharingEnded}: refused, or done more
	 * than {@code sharingDays} days ago — the shared fields and the sender's note are no
	 * longer shown, only what the provider itself recorded.
	 */
	public record ForProvider(String ref, String caseCode, ServiceType type, boolean urgent, ReferralStatus status,
			Instant sentAt, boolean consentWithdrawn, @Nullable String firstName, @Nullable String fullName,
			@Nullable String genderKey, @Nullable String ageBand, @Nullable Integer age, @Nullable Boolean child,
			@Nullable String languages, @Nullable String phone, @Nullable List<String> needKeys,
			@Nullable String riskKey, String noteToProvider, String refusalReason, String outcome, long version,
			boolean sharingEnded, long sharingDays) {
	}

}
