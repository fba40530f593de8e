package org.cohesion.portal.newsletter.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.accounts.BackOfficeContribution.Alert;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.newsletter.NewsletterPermissions;
import org.cohesion.portal.newsletter.NewsletterSending;
import org.cohesion.portal.newsletter.NewsletterSending.RelayOutage;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.EditionStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsletter and its subscribers in the back office's menu; on the dashboard, the
 * next edition: the one being sent, else the next scheduled, else the latest draft; and,
 * first of all, a warning while sending is paused because the SMTP relay does not answer
 * (since when, and what happens next).
 */
@Component
class NewsletterBackOffice implements BackOfficeContribution {

	private final EditionRepository editions;

	private final NewsletterSending sending;

	NewsletterBackOffice(EditionRepository editions, NewsletterSending sending) {
		this.editions = editions;
		this.sending = sending;
	}

	@Override
	public List<Permission> permissions() {
		return NewsletterPermissions.ALL;
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(
				new MenuEntry(60, "admin.nav.newsletter", "/admin/lettre", NewsletterPermissions.NEWSLETTER_MANAGE),
				new MenuEntry(70, "admin.nav.subscribers", "/admin/abonnes", NewsletterPermissions.SUBSCRIBER_MANAGE));
	}

	@Override
	@Transactional(readOnly = true)
	public List<DashboardPanel> dashboard(CurrentEditor editor, Instant now) {
		if (!editor.can(NewsletterPermissions.NEWSLETTER_MANAGE)) {
			return List.of();
		}
		List<Edition> open = editions.findAllForBackOffice()
			.stream()
			.filter(edition -> edition.getStatus() != EditionStatus.SENT)
			.toList();
		Optional<Edition> next = open.stream()
			.filter(edition -> edition.getStatus() == EditionStatus.SENDING)
			.findFirst()
			.or(() -> open.stream()
				.filter(edition -> edition.getStatus() == EditionStatus.SCHEDULED && edition.getScheduledAt() != null)
				.min(Comparator.comparing(Edition::getScheduledAt)))
			.or(() -> open.stream().filter(edition -> edition.getStatus() == EditionStatus.DRAFT).findFirst());
		List<DashboardLine> lines = next.map(edition -> switch (edition.getStatus()) {
			case SENDING -> new DashboardLine(edition.getTitle(), "/admin/lettre/" + edition.getId(),
					"dashboard.newsletter.sending",
					edition.getStartedAt() != null ? edition.getStartedAt() : edition.getCreatedAt(), null);
			case SCHEDULED -> new DashboardLine(edition.getTitle(), "/admin/lettre/" + edition.getId(),
					"dashboard.newsletter.scheduled", edition.getScheduledAt(), null);
			default -> new DashboardLine(edition.getTitle(), "/admin/lettre/" + edition.getId(),
					"dashboard.newsletter.draft", edition.getCreatedAt(), null);
		}).map(List::of).orElse(List.of());
		DashboardPanel nextEdition = new DashboardPanel(40, "dashboard.newsletter", lines, "/admin/lettre", null);
		List<RelayOutage> outages = sending.relayOutages();
		if (outages.isEmpty()) {
			return List.of(nextEdition);
		}
		Instant nextProbe = outages.stream()
			.map(RelayOutage::nextProbe)
			.filter(java.util.Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
		List<DashboardLine> paused = outages.stream()
			.map(outage -> new DashboardLine(outage.editionTitle(), outage.adminPath(), "dashboard.relay.since",
					outage.since(), null))
			.toList();
		Alert alert = nextProbe == null ? new Alert("dashboard.relay.next", null)
				: new Alert("dashboard.relay.nextProbe", nextProbe);
		return List.of(new DashboardPanel(1, "dashboard.relay", paused, null, null, alert), nextEdition);
	}

}
