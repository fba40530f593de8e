package org.cohesion.portal.newsletter.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.news.NewsApi;
import org.cohesion.portal.newsletter.NewsletterSending;
import org.cohesion.portal.newsletter.domain.Edition;
import org.cohesion.portal.newsletter.domain.EditionRepository;
import org.cohesion.portal.newsletter.domain.SubscriberRepository;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's work on editions, one transaction per editor's action (the controller
 * holds none): edit a draft, its articles, preview, schedule, send again what failed or
 * is in doubt; and the published view of the sending for the rest of the back office.
 */
@Service
public class EditionDesk implements NewsletterSending {

	/** Which deliveries an editor may send again. */
	public enum Resend {

		/** Left in doubt by a crash or a broken connection: some may get it twice. */
		UNCERTAIN,
		/** Refused by the relay, or given up after the retries (an outage ended). */
		FAILED

	}

	/** What an action on a draft answered when it refused. */
	public enum Refusal {

		FROZEN, CONFLICT, TITLE_INVALID, INTRO_TOO_LONG, EMPTY

	}

	private final EditionRepository editions;

	private final SubscriberRepository subscribers;

	private final Deliveries deliveries;

	private final EditionRenderer renderer;

	private final NewsApi news;

	private final PlatformProperties platform;

	private final AuditTrail audit;

	private final Clock clock;

	EditionDesk(EditionRepository editions, SubscriberRepository subscribers, Deliveries deliveries,
			EditionRenderer renderer, NewsApi news, PlatformProperties platform, AuditTrail audit, Clock clock) {
		this.editions = editions;
		this.subscribers = subscribers;
		this.deliveries = deliveries;
		this.renderer = renderer;
		this.news = news;
		this.platform = platform;
		this.audit = audit;
		this.clock = clock;
	}

	/** Reads an edition into a view, in one read-only transaction. */
	@Transactional(readOnly = true)
	public <T> T read(long id, Function<Edition, T> view) {
		return view.apply(find(id));
	}

	/** Every edition, the latest first, into views. */
	@Transactional(readOnly = true)
	public <T> List<T> list(Function<Edition, T> view) {
		return editions.findAllForBackOffice().stream().map(view).toList();
	}

	@Transactional(readOnly = true)
	public long activeSubscribers() {
		return subscribers.countByStatus()
			.stream()
			.filter(row -> "ACTIVE".equals(String.valueOf(row[0])))
			.mapToLong(row -> (Long) row[1])
			.sum();
	}

	@Transactional
	public long create(String title, String intro, String actor, @Nullable String ip) {
		Edition edition = editions.save(new Edition(title, intro, null, clock.instant()));
		audit.record(actor, ip, "NEWSLETTER_EDITION_CREATED", "newsletter_edition", String.valueOf(edition.getId()),
				"Numéro de la lettre d’information créé : « " + edition.getTitle() + " »", null, null);
		return edition.getId();
	}

	/** Saves the title and introduction; the reason when refused (nothing saved then). */
	@Transactional
	public Optional<Refusal> edit(long id, String title, String intro, @Nullable Long version, String actor,
			@Nullable String ip) {
		Edition edition = find(id);
		if (!edition.getStatus().editable()) {
			return Optional.of(Refusal.FROZEN);
		}
		if (version != null && version != edition.getVersion()) {
			return Optional.of(Refusal.CONFLICT);
		}
		if (title.isBlank() || title.length() > 200) {
			return Optional.of(Refusal.TITLE_INVALID);
		}
		if (intro.length() > 8000) {
			return Optional.of(Refusal.INTRO_TOO_LONG);
		}
		String before = edition.getTitle() + "\n\n" + edition.getIntro();
		edition.edit(title.strip(), intro.strip(), clock.instant());
		audit.record(actor, ip, "NEWSLETTER_EDITION_EDITED", "newsletter_edition", String.valueOf(id),
				"Numéro de la lettre d’information modifié : « " + edition.getTitle() + " »", before,
				edition.getTitle() + "\n\n" + edition.getIntro());
		return Optional.empty();
	}

	@Transactional
	public void addArticle(long id, long articleId, String actor, @Nullable String ip) {
		Edition edition = editable(id);
		news.latest(200, -1).stream().filter(a -> a.id() == articleId).findFirst().ifPresent(article -> {
			edition.add(article, clock.instant());
			audit.record(actor, ip, "NEWSLETTER_ITEM_ADDED", "newsletter_edition", String.valueOf(id),
					"Actualité ajoutée à la lettre : « " + article.title() + " »", null, null);
		});
	}

	@Transactional
	public void move(long id, long itemId, int direction, String actor, @Nullable String ip) {
		editable(id).move(itemId, direction, clock.instant());
		audit.record(actor, ip, "NEWSLETTER_ITEM_MOVED", "newsletter_edition", String.valueOf(id),
				"Ordre des actualités de la lettre modifié", null, null);
	}

	@Transactional
	public void remove(long id, long itemId, String actor, @Nullable String ip) {
		editable(id).remove(itemId, clock.instant());
		audit.record(actor, ip, "NEWSLETTER_ITEM_REMOVED", "newsletter_edition", String.valueOf(id),
				"Actualité retirée de la lettre", null, null);
	}

	/**
	 * The e-mail as a subscriber with no chosen sections gets it, links unpersonalised.
	 */
	@Transactional(readOnly = true)
	public EditionRenderer.Rendered preview(long id) {
		String base = platform.baseUrlWithoutSlash();
		return renderer.render(find(id), Set.of(), clock.instant())
			.personal(base + "/newsletter/desinscription", base + "/newsletter/preferences");
	}

	@Transactional(readOnly = true)
	public boolean hasArticles(long id) {
		find(id);
		return editions.countItems(id) > 0;
	}

	/** Records that an editor started the sending (the sender did the rest). */
	@Transactional
	public void sendingStarted(long id, String actor, @Nullable String ip) {
		Edition edition = find(id);
		audit.record(actor, ip, "NEWSLETTER_EDITION_SENT", "newsletter_edition", String.valueOf(id),
				"Envoi de la lettre d’information lancé : « " + edition.getTitle() + " »", null, null);
	}

	@Transactional
	public Optional<Refusal> schedule(long id, Instant when, String as, String actor, @Nullable String ip) {
		Edition edition = editable(id);
		if (edition.getItems().isEmpty()) {
			return Optional.of(Refusal.EMPTY);
		}
		edition.schedule(when, clock.instant());
		audit.record(actor, ip, "NEWSLETTER_EDITION_SCHEDULED", "newsletter_edition", String.valueOf(id),
				"Envoi de la lettre programmé : « " + edition.getTitle() + " »", null, as);
		return Optional.empty();
	}

	@Transactional
	public void unschedule(long id, String actor, @Nullable String ip) {
		Edition edition = editable(id);
		edition.unschedule(clock.instant());
		audit.record(actor, ip, "NEWSLETTER_EDITION_UNSCHEDULED", "newsletter_edition", String.valueOf(id),
				"Envoi programmé de la lettre annulé : « " + edition.getTitle() + " »", null, null);
	}

	/**
	 * Queues the chosen deliveries again, knowingly (the editor confirmed); the edition
	 * goes back to SENDING until they have an outcome. Returns how many.
	 */
	@Transactional
	public int resend(long editionId, Resend which, String actor, @Nullable String ip) {
		Edition edition = find(editionId);
		int count = deliveries.requeue(editionId, which.name(), clock.instant());
		if (count == 0) {
			return 0;
		}
		edition.reopenForResend(clock.instant());
		audit.record(actor, ip, "NEWSLETTER_" + which.name() + "_REQUEUED", "newsletter_edition",
				String.valueOf(editionId),
				count + (which == Resend.UNCERTAIN ? " envois incertains" : " envois en échec") + " remis en file",
				null, null);
		return count;
	}

	private Edition find(long id) {
		return editions.findById(id).orElseThrow(() -> new NotFoundException("edition " + id));
	}

	private Edition editable(long id) {
		Edition edition = find(id);
		if (!edition.getStatus().editable()) {
			throw new NotFoundException("edition " + id + " is no longer editable");
		}
		return edition;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RelayOutage> relayOutages() {
		return editions.findWaitingForRelay()
			.stream()
			.map(e -> new RelayOutage(e.getId(), e.getTitle(), java.util.Objects.requireNonNull(e.getRelayDownSince()),
					e.getRelayNextProbe(), e.getRelayError() == null ? "" : e.getRelayError(),
					"/admin/lettre/" + e.getId()))
			.toList();
	}

}
