package org.cohesion.portal.media.web;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.media.domain.Gallery;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.web.PickerViews.Choice;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editor's pickers offer, one page at a time, newest first: images that can
 * appear on a public page (processed, with their text alternative), processed PDF
 * documents, galleries. Nothing here changes the library.
 */
@Service
@Transactional(readOnly = true)
class MediaPicker {

	static final int PAGE_SIZE = 24;

	private final MediaItemRepository items;

	private final EntityManager entityManager;

	MediaPicker(MediaItemRepository items, EntityManager entityManager) {
		this.items = items;
		this.entityManager = entityManager;
	}

	Page<Choice> images(@Nullable String text, int page) {
		Specification<MediaItem> ready = (root, query, cb) -> cb.and(cb.equal(root.get("status"), MediaStatus.READY),
				cb.isNotNull(root.get("alt")));
		return items
			.findAll(MediaItemRepository.matching(MediaKind.IMAGE, text, null, null, null).and(ready),
					PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"))))
			.map(item -> {
				ImageView image = MediaLibrary.view(item);
				int width = image.widthFor(720);
				return new Choice(item.getId(), image.alt(), item.getOriginalName(), image.src(360), image.src(720),
						width, image.heightAt(width), image.caption(), null);
			});
	}

	Page<Choice> documents(@Nullable String text, int page) {
		Specification<MediaItem> ready = (root, query, cb) -> cb.equal(root.get("status"), MediaStatus.READY);
		return items
			.findAll(MediaItemRepository.matching(MediaKind.DOCUMENT, text, null, null, null).and(ready),
					PageRequest.of(page, PAGE_SIZE, Sort.by(Sort.Order.desc("uploadedAt"), Sort.Order.desc("id"))))
			.map(item -> new Choice(item.getId(),
					item.getAlt() != null && !item.getAlt().isBlank() ? item.getAlt() : item.getOriginalName(),
					item.getOriginalName() + " · " + Math.max(1, item.getByteSize() / 1024) + " Ko", null, null, 0, 0,
					null, MediaPaths.documentPath(item.getContentHash())));
	}

	Page<Choice> galleries(@Nullable String text, int page) {
		String like = text == null || text.isBlank() ? "%" : "%"
				+ text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		long total = entityManager
			.createQuery("select count(g) from Gallery g where lower(g.title) like :like escape '\\'", Long.class)
			.setParameter("like", like)
			.getSingleResult();
		List<Gallery> found = entityManager
			.createQuery("select g from Gallery g where lower(g.title) like :like escape '\\' "
					+ "order by g.date desc, g.id desc", Gallery.class)
			.setParameter("like", like)
			.setFirstResult(page * PAGE_SIZE)
			.setMaxResults(PAGE_SIZE)
			.getResultList();
		List<Long> firstImages = found.stream()
			.map(g -> g.getImages().isEmpty() ? null : g.getImages().get(0).getMediaId())
			.toList();
		List<Choice> choices = new java.util.ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			Gallery gallery = found.get(i);
			Long first = firstImages.get(i);
			String thumbnail = first == null ? null
					: items.findById(first)
						.filter(MediaItem::isPublishable)
						.map(item -> MediaLibrary.view(item).src(360))
						.orElse(null);
			choices.add(new Choice(gallery.getId(), gallery.getTitle(), null, thumbnail, null, 0, 0, null,
					"/galeries/" + gallery.getSlug()));
		}
		return new PageImpl<>(choices, PageRequest.of(page, PAGE_SIZE), total);
	}

}
