package org.cohesion.portal.flash.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.flash.domain.FlashItem;
import org.cohesion.portal.flash.domain.FlashItemRepository;
import org.cohesion.portal.flash.domain.FlashItemTranslation;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Ordering;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's flash infos: every change of the ticker by the editorial team goes
 * through here, one transaction per action, each recorded in the audit trail.
 */
@Service
@Transactional
public class FlashDesk {

	private final FlashItemRepository items;

	private final AuditTrail audit;

	private final Clock clock;

	FlashDesk(FlashItemRepository items, AuditTrail audit, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the form sets on a flash info, already validated. */
	public record FlashContent(String label, String text, Instant showFrom, @Nullable Instant showUntil,
			@Nullable Long articleId) {
	}

	/** The flash infos in their ticker order, as a view built inside the transaction. */
	@Transactional(readOnly = true)
	public <T> T list(Function<List<FlashItem>, T> view) {
		return view.apply(items.findAllForBackOffice());
	}

	@Transactional(readOnly = true)
	public <T> T read(long id, Function<FlashItem, T> view) {
		return view.apply(find(id));
	}

	/** A new flash info, first in the ticker. */
	public long create(FlashContent content, String actor, @Nullable String ip) {
		FlashItem item = new FlashItem(content.label(), content.text(), content.showFrom(), content.showUntil(), clock);
		item.linkTo(content.articleId());
		item.moveTo(items.findAllForBackOffice().stream().mapToInt(FlashItem::getPosition).min().orElse(1) - 1);
		items.save(item);
		audit.record(actor, ip, "FLASH_CREATED", "flash", String.valueOf(item.getId()),
				"Flash info créé : « " + item.getLabel() + " : " + item.getText() + " »", null, describe(item));
		return item.getId();
	}

	/**
	 * Saves the form opened at {@code version}; false, and nothing changed, when the item
	 * changed since.
	 */
	public boolean update(long id, @Nullable Long version, FlashContent content, String actor, @Nullable String ip) {
		FlashItem item = find(id);
		if (version != null && version != item.getVersion()) {
			return false;
		}
		String before = describe(item);
		item.edit(content.label(), content.text(), content.showFrom(), content.showUntil(), content.articleId(), clock);
		audit.record(actor, ip, "FLASH_UPDATED", "flash", String.valueOf(id),
				"Flash info modifié : « " + item.getLabel() + " »", before, describe(item));
		return true;
	}

	/** True when the version is the current one (the form can be saved over it). */
	@Transactional(readOnly = true)
	public boolean isCurrent(long id, @Nullable Long version) {
		return version == null || version == find(id).getVersion();
	}

	public void move(long id, String direction, String actor, @Nullable String ip) {
		if (Ordering.move(items.findAllForBackOffice(), find(id), direction, 0, FlashItem::moveTo)) {
			audit.record(actor, ip, "FLASH_REORDERED", "flash", String.valueOf(id), "Ordre des flash infos modifié",
					null, null);
		}
	}

	public void delete(long id, String actor, @Nullable String ip) {
		FlashItem item = find(id);
		String before = describe(item);
		items.delete(item);
		audit.record(actor, ip, "FLASH_DELETED", "flash", String.valueOf(id),
				"Flash info supprimé : « " + item.getLabel() + " : " + item.getText() + " »", before, null);
	}

	/**
	 * Creates or replaces the translation into {@code language} of the form opened at
	 * {@code expectedVersion} (-1 for a new one); false, and nothing changed, when it
	 * changed since.
	 */
	public boolean translate(long id, String language, long expectedVersion, String label, String text,
			String editorName, String actor, @Nullable String ip) {
		FlashItem item = find(id);
		FlashItemTranslation before = item.translation(language).orElse(null);
		if (expectedVersion != (before == null ? -1 : before.getVersion())) {
			return false;
		}
		String textBefore = before == null ? null : before.getLabel() + " : " + before.getText();
		FlashItemTranslation translation = item.translate(language, label, text, editorName, clock);
		items.saveAndFlush(item);
		audit.record(actor, ip, before == null ? "FLASH_TRANSLATED" : "FLASH_TRANSLATION_SAVED", "flash",
				String.valueOf(id),
				"Traduction (" + language + ") de la flash info « " + item.getLabel() + " » "
						+ (before == null ? "créée" : "enregistrée"),
				textBefore, translation.getLabel() + " : " + translation.getText());
		return true;
	}

	/** Removes the translation into {@code language}; false when there was none. */
	public boolean removeTranslation(long id, String language, String actor, @Nullable String ip) {
		FlashItem item = find(id);
		FlashItemTranslation translation = item.translation(language).orElse(null);
		if (translation == null) {
			return false;
		}
		String text = translation.getLabel() + " : " + translation.getText();
		item.removeTranslation(language);
		items.saveAndFlush(item);
		audit.record(actor, ip, "FLASH_TRANSLATION_REMOVED", "flash", String.valueOf(id),
				"Traduction (" + language + ") de la flash info « " + item.getLabel() + " » supprimée", text, null);
		return true;
	}

	private FlashItem find(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("flash " + id));
	}

	private static String describe(FlashItem item) {
		return "label=" + item.getLabel() + "\ntext=" + item.getText() + "\nshowFrom=" + item.getShowFrom()
				+ "\nshowUntil=" + item.getShowUntil() + "\narticleId=" + item.getArticleId();
	}

}
