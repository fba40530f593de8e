package org.cohesion.portal.casework.transfer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What the transfer pages show and take in. */
public final class TransferViews {

	private TransferViews() {
	}

	/** The request: to whom, and why. */
	public record RequestForm(@Nullable Long receiverId, @Nullable String reason) {

		public static RequestForm empty() {
			return new RequestForm(null, "");
		}

		public String reasonText() {
			return reason == null ? "" : reason;
		}

	}

	/** A case worker or supervisor who may receive the case. */
	public record Receiver(long id, String name, String cell) {
	}

	/** A line of the case's transfer history. */
	public record Past(String fromCell, String toName, String toCell, TransferStatus status, Instant requestedAt) {
	}

	/** The case's page of transfers. */
	public record CasePage(String caseCode, boolean open, boolean pending, List<Receiver> receivers, List<Past> history,
			RequestForm form, Map<String, String> errors) {
	}

	/**
	 * A request awaiting this user's answer: the case code, who asks, why; nothing else
	 * of the case until it is accepted.
	 */
	public record Pending(String ref, String caseCode, String fromCell, String requestedBy, Instant requestedAt,
			String reason, long version) {
	}

}
