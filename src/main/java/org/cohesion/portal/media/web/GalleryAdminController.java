package org.cohesion.portal.media.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.domain.Gallery;
import org.cohesion.portal.media.domain.GalleryImage;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Galleries in the back office: create, edit, add images, caption and order them. */
@Controller
@RequestMapping("/admin/galeries")
@PreAuthorize("hasAuthority('PERM_MEDIA_MANAGE')")
class GalleryAdminController {

	private final GalleryRepository galleries;

	private final MediaItemRepository items;

	private final MediaLibrary library;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	GalleryAdminController(GalleryRepository galleries, MediaItemRepository items, MediaLibrary library,
			AuditTrail audit, MessageSource messages, Clock clock) {
		this.galleries = galleries;
		this.items = items;
		this.library = library;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("galleries", library.views(galleries.findAllByOrderByDateDescIdDesc()));
		return "media/admin/galleries";
	}

	@GetMapping("/nouvelle")
	String createForm(Model model) {
		return form(model, null, new GalleryForm("", LocalDate.now(clock), "", List.of(), List.of(), null, null),
				FormErrors.none());
	}

	@PostMapping("/nouvelle")
	@Transactional
	String create(@Valid @ModelAttribute("form") GalleryForm form, BindingResult errors, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, null, form, FormErrors.of(errors));
		}
		Gallery gallery = new Gallery(form.title(), form.description(), form.date(), galleries::existsBySlug, clock);
		addImages(gallery, form.add());
		galleries.saveAndFlush(gallery);
		recordUsages(gallery);
		audit.record(actor(), request.getRemoteAddr(), "GALLERY_CREATED", "gallery", String.valueOf(gallery.getId()),
				"Galerie créée : « " + gallery.getTitle() + " »", null, describe(gallery));
		redirect.addFlashAttribute("notice", message("media.gallery.created"));
		return "redirect:/admin/galeries/" + gallery.getId();
	}

	@GetMapping("/{id}")
	@Transactional(readOnly = true)
	String editForm(@PathVariable long id, Model model) {
		Gallery gallery = find(id);
		return form(model, gallery,
				new GalleryForm(gallery.getTitle(), gallery.getDate(), gallery.getDescription(),
						gallery.getImages().stream().map(GalleryImage::getCaption).toList(), List.of(), null,
						gallery.getVersion()),
				FormErrors.none());
	}

	@PostMapping("/{id}")
	@Transactional
	String update(@PathVariable long id, @Valid @ModelAttribute("form") GalleryForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		Gallery gallery = find(id);
		if (form.version() != null && form.version() != gallery.getVersion()) {
			model.addAttribute("conflict", true);
			return form(model, gallery, form, FormErrors.none());
		}
		if (errors.hasErrors()) {
			return form(model, gallery, form, FormErrors.of(errors));
		}
		String before = describe(gallery);
		gallery.edit(form.title(), form.description(), form.date(), clock);
		List<GalleryImage> captioned = new ArrayList<>();
		List<GalleryImage> current = gallery.getImages();
		for (int i = 0; i < current.size(); i++) {
			String caption = form.captions() != null && i < form.captions().size() ? form.captions().get(i)
					: current.get(i).getCaption();
			captioned.add(new GalleryImage(current.get(i).getMediaId(), caption));
		}
		gallery.arrange(captioned, clock);
		String action = form.action() == null ? "save" : form.action();
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
		addImages(gallery, form.add());
		galleries.saveAndFlush(gallery);
		recordUsages(gallery);
		audit.record(actor(), request.getRemoteAddr(), "GALLERY_UPDATED", "gallery", String.valueOf(id),
				"Galerie modifiée : « " + gallery.getTitle() + " »", before, describe(gallery));
		redirect.addFlashAttribute("notice", message("media.gallery.saved"));
		return "redirect:/admin/galeries/" + id + (action.equals("save") ? "" : "#images");
	}

	@PostMapping("/{id}/supprimer")
	@Transactional
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		Gallery gallery = find(id);
		String before = describe(gallery);
		galleries.delete(gallery);
		library.release(MediaLibrary.GALLERY, id);
		audit.record(actor(), request.getRemoteAddr(), "GALLERY_DELETED", "gallery", String.valueOf(id),
				"Galerie supprimée : « " + gallery.getTitle() + " »", before, null);
		redirect.addFlashAttribute("notice", message("media.gallery.deleted"));
		return "redirect:/admin/galeries";
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

	private String form(Model model, @Nullable Gallery gallery, GalleryForm form, FormErrors errors) {
		List<LibraryViews.Slot> slots = new ArrayList<>();
		if (gallery != null) {
			List<GalleryImage> images = gallery.getImages();
			Map<Long, MediaItem> byId = new LinkedHashMap<>();
			items.findAllById(images.stream().map(GalleryImage::getMediaId).toList())
				.forEach(item -> byId.put(item.getId(), item));
			for (int i = 0; i < images.size(); i++) {
				MediaItem item = byId.get(images.get(i).getMediaId());
				String caption = form.captions() != null && i < form.captions().size() ? form.captions().get(i)
						: images.get(i).getCaption();
				slots.add(new LibraryViews.Slot(i, images.get(i).getMediaId(), caption,
						item == null ? null : MediaLibrary.view(item).src(360),
						item == null || item.getAlt() == null ? "" : item.getAlt(),
						item == null ? "?" : item.getOriginalName()));
			}
		}
		List<ImageView> candidates = library.publishableImages(200)
			.stream()
			.filter(image -> slots.stream().noneMatch(slot -> slot.mediaId() == image.id()))
			.toList();
		model.addAttribute("galleryId", gallery == null ? null : gallery.getId());
		model.addAttribute("gallerySlug", gallery == null ? null : gallery.getSlug());
		model.addAttribute("form", form);
		model.addAttribute("slots", slots);
		model.addAttribute("candidates", candidates);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", model.containsAttribute("conflict"));
		return "media/admin/gallery";
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
		List<Integer> order = new ArrayList<>();
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

	private static String actor() {
		return Editors.require().email();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
