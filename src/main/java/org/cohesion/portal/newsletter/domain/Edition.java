package org.cohesion.portal.newsletter.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cohesion.portal.news.ArticleSummary;
import org.jspecify.annotations.Nullable;

/**
 * A numéro of the newsletter: an introduction and an ordered list of articles. Editable
 * while a draft or scheduled; frozen once sending starts. Its life (DRAFT or SCHEDULED →
 * SENDING → SENT, back to SENDING when an editor sends some deliveries again) and the
 * pause while the SMTP relay is out of reach are decided here; the delivery rows, one per
 * recipient, are claimed set-based by the sender for speed (see Deliveries), and the
 * sender's lease on the edition is node coordination, kept in SQL there too.
 */
@Entity
@Table(name = "newsletter_edition")
public class Edition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private @Nullable Integer number;

	@Column(length = 120, unique = true)
	private @Nullable String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 8000)
	private String intro;

	@Column(length = 7, unique = true)
	private @Nullable String periodKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private EditionStatus status;

	private @Nullable Instant scheduledAt;

	private @Nullable Instant startedAt;

	private @Nullable Instant finishedAt;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	/** Set while the SMTP relay cannot be reached: the sending waits. */
	private @Nullable Instant relayDownSince;

	private @Nullable Instant relayNextProbe;

	@Column(length = 500)
	private @Nullable String relayError;

	@Version
	private long version;

	@OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<EditionItem> items = new ArrayList<>();

	protected Edition() {
	}

	/**
	 * @param periodKey "2026-10" for the automatic edition of October 2026 (unique: two
	 * nodes composing at once make one edition), null for an ad-hoc one
	 */
	public Edition(String title, String intro, @Nullable String periodKey, Instant now) {
		this.title = title;
		this.intro = intro;
		this.periodKey = periodKey;
		this.status = EditionStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void requireEditable() {
		if (!status.editable()) {
			throw new IllegalEditionChange("edition " + id + " is " + status);
		}
	}

	public void edit(String title, String intro, Instant now) {
		requireEditable();
		this.title = title;
		this.intro = intro;
		this.updatedAt = now;
	}

	public void add(ArticleSummary article, Instant now) {
		requireEditable();
		if (article.id() > 0
				&& items.stream().anyMatch(item -> Long.valueOf(article.id()).equals(item.getArticleId()))) {
			return;
		}
		items.add(new EditionItem(this, items.size(), article));
		this.updatedAt = now;
	}

	/** Whether this edition already holds the article. */
	public boolean holds(long articleId) {
		return items.stream().anyMatch(item -> Long.valueOf(articleId).equals(item.getArticleId()));
	}

	/**
	 * Takes out the article, which stopped being public.
	 * @return whether the edition held it
	 */
	public boolean withdraw(long articleId, Instant now) {
		requireEditable();
		boolean removed = items.removeIf(item -> Long.valueOf(articleId).equals(item.getArticleId()));
		if (removed) {
			renumber();
			this.updatedAt = now;
		}
		return removed;
	}

	public void remove(long itemId, Instant now) {
		requireEditable();
		items.removeIf(item -> item.getId() != null && item.getId() == itemId);
		renumber();
		this.updatedAt = now;
	}

	/** Moves an item one place up (-1) or down (+1). */
	public void move(long itemId, int direction, Instant now) {
		requireEditable();
		items.sort(Comparator.comparingInt(EditionItem::getPosition));
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).getId() != null && items.get(i).getId() == itemId) {
				int j = i + direction;
				if (j >= 0 && j < items.size()) {
					EditionItem item = items.remove(i);
					items.add(j, item);
				}
				break;
			}
		}
		renumber();
		this.updatedAt = now;
	}

	private void renumber() {
		for (int i = 0; i < items.size(); i++) {
			items.get(i).moveTo(i);
		}
	}

	public void schedule(Instant at, Instant now) {
		requireEditable();
		this.status = EditionStatus.SCHEDULED;
		this.scheduledAt = at;
		this.updatedAt = now;
	}

	public void unschedule(Instant now) {
		requireEditable();
		this.status = EditionStatus.DRAFT;
		this.scheduledAt = null;
		this.updatedAt = now;
	}

	/**
	 * Sending starts: the edition takes its number and its public slug and is frozen.
	 * @throws IllegalEditionChange unless it is a draft or scheduled
	 */
	public void startSending(int number, String slug, Instant now) {
		requireEditable();
		this.status = EditionStatus.SENDING;
		this.number = number;
		this.slug = slug;
		this.startedAt = now;
		this.updatedAt = now;
	}

	/** Every delivery has an outcome. */
	public void finishSending(Instant now) {
		if (status != EditionStatus.SENDING) {
			throw new IllegalEditionChange("edition " + id + " is " + status + ", not SENDING");
		}
		this.status = EditionStatus.SENT;
		this.finishedAt = now;
		this.relayDownSince = null;
		this.relayNextProbe = null;
		this.relayError = null;
		this.updatedAt = now;
	}

	/**
	 * An editor sends some deliveries again (uncertain or failed ones): a sent edition
	 * goes back to SENDING until they have an outcome.
	 */
	public void reopenForResend(Instant now) {
		if (status != EditionStatus.SENDING && status != EditionStatus.SENT) {
			throw new IllegalEditionChange("edition " + id + " is " + status + ", it was never sent");
		}
		this.status = EditionStatus.SENDING;
		this.updatedAt = now;
	}

	/**
	 * The relay refused the connection: the sending pauses (an outage, not a verdict on
	 * the recipients) until {@code nextProbe}. The outage keeps its first moment.
	 */
	public void relayDown(String error, Instant nextProbe, Instant now) {
		if (status != EditionStatus.SENDING) {
			throw new IllegalEditionChange("edition " + id + " is " + status + ", not SENDING");
		}
		if (relayDownSince == null) {
			relayDownSince = now;
		}
		this.relayError = error.length() > 500 ? error.substring(0, 500) : error;
		this.relayNextProbe = nextProbe;
	}

	/** The relay answers again: the sending resumes. */
	public void relayBack() {
		this.relayDownSince = null;
		this.relayNextProbe = null;
		this.relayError = null;
	}

	/** Whether the sending waits for the relay and it is not yet time to try it again. */
	public boolean waitsForRelay(Instant now) {
		return relayDownSince != null && relayNextProbe != null && now.isBefore(relayNextProbe);
	}

	public @Nullable Instant getRelayDownSince() {
		return relayDownSince;
	}

	public @Nullable Instant getRelayNextProbe() {
		return relayNextProbe;
	}

	public @Nullable String getRelayError() {
		return relayError;
	}

	public Long getId() {
		return id;
	}

	public @Nullable Integer getNumber() {
		return number;
	}

	public @Nullable String getSlug() {
		return slug;
	}

	public String getTitle() {
		return title;
	}

	public String getIntro() {
		return intro;
	}

	public @Nullable String getPeriodKey() {
		return periodKey;
	}

	public EditionStatus getStatus() {
		return status;
	}

	public @Nullable Instant getScheduledAt() {
		return scheduledAt;
	}

	public @Nullable Instant getStartedAt() {
		return startedAt;
	}

	public @Nullable Instant getFinishedAt() {
		return finishedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public long getVersion() {
		return version;
	}

	public List<EditionItem> getItems() {
		return items.stream().sorted(Comparator.comparingInt(EditionItem::getPosition)).toList();
	}

}
