package org.cohesion.portal.media.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.domain.Gallery;
import org.cohesion.portal.media.domain.GalleryImage;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the galleries' back-office pages do, one transaction per action: list, create,
 * edit (text, captions, order, images added or removed), delete; each change recorded as
 * the gallery's media usages and in the audit trail.
 */
public class GalleryAdmin {

	private final GalleryRepository galleries;

	private final MediaItemRepository items;

	private final MediaLibrary library;

	private final AuditTrail audit;

	private final Clock clock;

	GalleryAdmin(GalleryRepository galleries, MediaItemRepository items, MediaLibrary library, AuditTrail audit,
			Clock clock) {
		this.galleries = galleries;
		this.items = items;
		this.library = library;
		this.audit = audit;
		this.clock = clock;
	}

	/** One image as the editor sees it in the gallery form. */
	public record Slot(int index, long mediaId, @Nullable String caption, @Nullable String thumbnail, String alt,
			String name) {
	}

	/**
	 * A gallery being edited ({@code id} null for a new one): its images, and the library
	 * images that can be added.
	 */
	public record Editing(@Nullable Long id, @Nullable String slug, long version, String title, LocalDate date,
			@Nullable String description, List<@Nullable String> captions, List<Slot> slots,
			List<ImageView> candidates) {
	}

	/** How a change ended: saved, or refused because someone saved in between. */
	public enum Outcome {

		DONE, CONFLICT

	}

	/**
	 * What the editor asked for, besides the text: an action on one image, images to add.
	 */
	public record Change(String title, @Nullable String description, LocalDate date, @Nullable List<String> captions,
			@Nullable List<Long> add, @Nullable String action) {
	}

	@Transactional(readOnly = true)
	public List<GalleryView> list() {
		return library.views(galleries.findAllByOrderByDateDescIdDesc());
	}

	/**
	 * The gallery {@code id} (null: a new one) as the form shows it, with
	 * {@code captions} as typed when the form comes back with errors (null: as saved).
	 */
	@Transactional(readOnly = true)
	public Editing editing(@Nullable Long id, @Nullable List<String> captions) {
		Gallery gallery = id == null ? null : find(id);
		List<Slot> slots = new ArrayList<>();
		List<@Nullable String> saved = new ArrayList<>();
		if (gallery != null) {
			List<GalleryImage> images = gallery.getImages();
			Map<Long, MediaItem> byId = new LinkedHashMap<>();
			items.findAllById(images.stream().map(GalleryImage::getMediaId).toList())
				.forEach(item -> byId.put(item.getId(), item));
			for (int i = 0; i < images.size(); i++) {
				MediaItem item = byId.get(images.get(i).getMediaId());
				saved.add(images.get(i).getCaption());
				String caption = captions != null && i < captions.size() ? captions.get(i) : images.get(i).getCaption();
				slots.add(new Slot(i, images.get(i).getMediaId(), caption,
						item == null ? null : MediaLibrary.view(item).src(360),
						item == null || item.getAlt() == null ? "" : item.getAlt(),
						item == null ? "?" : item.getOriginalName()));
			}
		}
		List<ImageView> candidates = library.publishableImages(200)
			.stream()
			.filter(image -> slots.stream().noneMatch(slot -> slot.mediaId() == image.id()))
			.toList();
		return gallery == null ? new Editing(null, null, 0, "", LocalDate.now(clock), "", saved, slots, candidates)
				: new Editing(gallery.getId(), gallery.getSlug(), gallery.getVersion(), gallery.getTitle(),
						gallery.getDate(), gallery.getDescription(), saved, slots, candidates);
	}

	@Transactional
	public long create(Change change, String actor, @Nullable String ip) {
		Gallery gallery = new Gallery(change.title(), change.description(), change.date(), galleries::existsBySlug,
				clock);
		addImages(gallery, change.add());
		galleries.saveAndFlush(gallery);
		recordUsages(gallery);
		audit.record(actor, ip, "GALLERY_CREATED", "gallery", String.valueOf(gallery.getId()),
				"Galerie créée : « " + gallery.getTitle() + " »", null, describe(gallery));
		return gallery.getId();
	}

	@Transactional
	public Outcome update(long id, @Nullable Long version, Change change, String actor, @Nullable String ip) {
		Gallery gallery = find(id);
		if (version != null && version != gallery.getVersion()) {
			return Outcome.CONFLICT;
		}
		String before = describe(gallery);
		gallery.edit(change.title(), change.description(), change.date(), clock);
		List<GalleryImage> captioned = new ArrayList<>();
		List<GalleryImage> current = gallery.getImages();
		for (int i = 0; i < current.size(); i++) {
			String caption = change.captions() != null && i < change.captions().size() ? change.captions().get(i)
					: current.get(i).getCaption();
			captioned.add(new GalleryImage(current.get(i).getMediaId(), caption));
		}
		gallery.arrange(captioned, clock);
		String action = change.action() == null ? "save" : change.action();
		if (action.startsWith("up:")) {
			gallery.move(index(action), -1, clock);
		}
		else if (action.startsWith("down:")) {
			gallery.move(index(action), 1, clock);
		}
		else if (action.startsWith("remove:")) {
			gallery.remove(index(action), clock);
		}
		else if (action.startsWith("order:")) {
			// drag and drop: the new order as the current positions, e.g. "order:2,0,1"
			List<Integer> order = order(action, gallery.getImages().size());
			if (order != null) {
				List<GalleryImage> images = gallery.getImages();
				gallery.arrange(order.stream()
					.map(i -> new GalleryImage(images.get(i).getMediaId(), images.get(i).getCaption()))
					.toList(), clock);
			}
		}
		addImages(gallery, change.add());
		galleries.saveAndFlush(gallery);
		recordUsages(gallery);
		audit.record(actor, ip, "GALLERY_UPDATED", "gallery", String.valueOf(id),
				"Galerie modifiée : « " + gallery.getTitle() + " »", before, describe(gallery));
		return Outcome.DONE;
	}

	@Transactional
	public void delete(long id, String actor, @Nullable String ip) {
		Gallery gallery = find(id);
		String before = describe(gallery);
		galleries.delete(gallery);
		library.release(MediaLibrary.GALLERY, id);
		audit.record(actor, ip, "GALLERY_DELETED", "gallery", String.valueOf(id),
				"Galerie supprimée : « " + gallery.getTitle() + " »", before, null);
	}

	private void addImages(Gallery gallery, @Nullable List<Long> add) {
		if (add == null) {
			return;
		}
		for (Long mediaId : add) {
			if (mediaId != null && items.findById(mediaId).filter(MediaItem::isPublishable).isPresent()) {
				gallery.add(mediaId, null, clock);
			}
		}
	}

	private void recordUsages(Gallery gallery) {
		library.replace(MediaLibrary.GALLERY, gallery.getId(),
				gallery.getImages().stream().map(GalleryImage::getMediaId).toList(), "Galerie : " + gallery.getTitle(),
				"/admin/galeries/" + gallery.getId());
	}

	/**
	 * The positions listed after "order:" when they are each current position exactly
	 * once; null otherwise (a stale page: nothing moves).
	 */
	private static @Nullable List<Integer> order(String action, int size) {
		String[] parts = action.substring("order:".length()).split(",");
		if (parts.length != size) {
			return null;
		}
		List<Integer> order = new java.util.ArrayList<>();
		java.util.BitSet seen = new java.util.BitSet(size);
		for (String part : parts) {
			try {
				int i = Integer.parseInt(part.strip());
				if (i < 0 || i >= size || seen.get(i)) {
					return null;
				}
				seen.set(i);
				order.add(i);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return order;
	}

	private static int index(String action) {
		try {
			return Integer.parseInt(action.substring(action.indexOf(':') + 1));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private Gallery find(long id) {
		return galleries.findById(id).orElseThrow(() -> new NotFoundException("gallery " + id));
	}

	private static String describe(Gallery gallery) {
		return "title=" + gallery.getTitle() + "\ndate=" + gallery.getDate() + "\nimages="
				+ gallery.getImages().stream().map(image -> String.valueOf(image.getMediaId())).toList();
	}

}
