package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.media.MediaPermissions;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.domain.MediaUsage;
import org.cohesion.portal.media.domain.MediaUsageRepository;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the library's back-office pages do, one transaction per action of an editor: find
 * items, describe one, retry or delete one, upload files, and tell the state of items
 * being processed. Permissions beyond the page's own (the uploader's rights on their
 * items) are checked here, and every change is written to the audit trail.
 */
public class MediaAdmin {

	private final MediaLibrary library;

	private final MediaItemRepository items;

	private final MediaUsageRepository usages;

	private final AuditTrail audit;

	MediaAdmin(MediaLibrary library, MediaItemRepository items, MediaUsageRepository usages, AuditTrail audit) {
		this.library = library;
		this.items = items;
		this.usages = usages;
		this.audit = audit;
	}

	/** An item and the places that show it. */
	public record Entry(MediaItem item, List<MediaUsage> usages) {
	}

	/** How an editor's request about one item ended. */
	public enum Outcome {

		DONE, CONFLICT, IN_USE, NOT_FAILED, ORIGINAL_MISSING

	}

	@Transactional(readOnly = true)
	public Page<Entry> search(@Nullable MediaKind kind, @Nullable String text, @Nullable Instant from,
			@Nullable Instant until, @Nullable Boolean used, int page, int size) {
		Page<MediaItem> found = items.findAll(MediaItemRepository.matching(kind, text, from, until, used),
				PageRequest.of(page, size, Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"))));
		Map<Long, List<MediaUsage>> byMedia = new LinkedHashMap<>();
		usages.findByMediaIdIn(found.getContent().stream().map(MediaItem::getId).toList())
			.forEach(usage -> byMedia.computeIfAbsent(usage.getMediaId(), k -> new ArrayList<>()).add(usage));
		List<Entry> entries = found.getContent()
			.stream()
			.map(item -> new Entry(item, byMedia.getOrDefault(item.getId(), List.of())))
			.toList();
		return new PageImpl<>(entries, found.getPageable(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	public Entry entry(long id) {
		MediaItem item = find(id);
		return new Entry(item, usages.findByMediaIdOrderByOwnerTypeAscLabelAsc(id));
	}

	/** The items among {@code ids} (at most 100), for the page that watches them. */
	@Transactional(readOnly = true)
	public List<MediaItem> statuses(Collection<Long> ids) {
		return items.findAllById(ids.stream().distinct().limit(100).toList());
	}

	/**
	 * Writes what the editor wrote about an item; only {@code MEDIA_MANAGE} or its
	 * uploader may.
	 */
	@Transactional
	public Outcome describe(long id, @Nullable Long version, @Nullable String alt, @Nullable String caption,
			@Nullable String credit, CurrentEditor editor, @Nullable String ip) {
		MediaItem item = find(id);
		if (!editor.can(MediaPermissions.MEDIA_MANAGE) && !isUploader(editor, item)) {
			throw new AccessDeniedException("Not the uploader");
		}
		if (version != null && version != item.getVersion()) {
			return Outcome.CONFLICT;
		}
		String before = describe(item);
		item.describe(alt, caption, credit);
		library.itemChanged(id);
		audit.record(editor.email(), ip, "MEDIA_DESCRIBED", "media", String.valueOf(id),
				"Média décrit : « " + item.getOriginalName() + " »", before, describe(item));
		return Outcome.DONE;
	}

	/**
	 * Deletes an item used nowhere: any item with {@code MEDIA_MANAGE}; one's own failed
	 * upload with {@code MEDIA_UPLOAD} alone (a Rédacteur clears what could not be
	 * processed).
	 */
	@Transactional
	public Outcome delete(long id, CurrentEditor editor, @Nullable String ip) {
		MediaItem item = find(id);
		if (!mayDelete(editor, item)) {
			throw new AccessDeniedException("May not delete media " + id);
		}
		if (!library.delete(item)) {
			return Outcome.IN_USE;
		}
		audit.record(editor.email(), ip, "MEDIA_DELETED", "media", String.valueOf(id),
				"Média supprimé : « " + item.getOriginalName() + " »", describe(item), null);
		return Outcome.DONE;
	}

	/** Sends a failed image back to processing; its uploader or {@code MEDIA_MANAGE}. */
	public Outcome retry(long id, CurrentEditor editor, @Nullable String ip) throws IOException {
		MediaItem item = entry(id).item();
		if (!editor.can(MediaPermissions.MEDIA_MANAGE) && !isUploader(editor, item)) {
			throw new AccessDeniedException("Not the uploader");
		}
		if (item.getStatus() != MediaStatus.FAILED) {
			return Outcome.NOT_FAILED;
		}
		if (!library.originalStored(item)) {
			return Outcome.ORIGINAL_MISSING;
		}
		library.retry(id, true);
		audit.record(editor.email(), ip, "MEDIA_RETRIED", "media", String.valueOf(id),
				"Traitement relancé : « " + item.getOriginalName() + " »", item.getFailure(), null);
		return Outcome.DONE;
	}

	/**
	 * One uploaded file, checked, stored and recorded (see {@link MediaLibrary#accept}),
	 * then audited.
	 */
	public MediaLibrary.Accepted upload(InputStream content, String name, CurrentEditor editor, @Nullable String ip)
			throws MediaRefused, IOException {
		MediaLibrary.Accepted accepted = library.accept(content, name, editor.email());
		MediaItem item = accepted.item();
		if (accepted.retried()) {
			audit.record(editor.email(), ip, "MEDIA_RETRIED", "media", String.valueOf(item.getId()),
					"Fichier déposé de nouveau : « " + item.getOriginalName() + " »", null, null);
		}
		else if (!accepted.duplicate()) {
			audit.record(editor.email(), ip, "MEDIA_UPLOADED", "media", String.valueOf(item.getId()),
					"Fichier déposé : « " + item.getOriginalName() + " »", null,
					item.getContentType() + " " + item.getByteSize() + " octets sha256=" + item.getContentHash()
							+ (accepted.removedActiveParts() > 0
									? " ; contenu actif retiré : " + accepted.removedActiveParts() : ""));
		}
		return accepted;
	}

	public static boolean mayDelete(CurrentEditor editor, MediaItem item) {
		return editor.can(MediaPermissions.MEDIA_MANAGE)
				|| (item.getStatus() == MediaStatus.FAILED && isUploader(editor, item));
	}

	public static boolean isUploader(CurrentEditor editor, MediaItem item) {
		return editor.email().equals(item.getUploadedBy());
	}

	public MediaProperties properties() {
		return library.properties();
	}

	private MediaItem find(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
	}

	private static String describe(MediaItem item) {
		return "alt=" + item.getAlt() + "\ncaption=" + item.getCaption() + "\ncredit=" + item.getCredit();
	}

}
