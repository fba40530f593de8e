package org.cohesion.portal.media.web;

import java.util.Locale;

import org.cohesion.portal.media.web.PickerViews.Choice;
import org.cohesion.portal.media.web.PickerViews.PickerPage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The editor's visual pickers (image, PDF document, gallery): a page of choices as an
 * HTML fragment that the editor's script shows in a dialog. Writers pick; nothing is
 * changed here (uploading from the picker goes to the library's own upload).
 */
@Controller
@PreAuthorize("hasAuthority('PERM_ARTICLE_WRITE') or hasAuthority('PERM_MEDIA_UPLOAD')")
class MediaPickerController {

	private final MediaPicker picker;

	MediaPickerController(MediaPicker picker) {
		this.picker = picker;
	}

	@GetMapping("/admin/medias/choix")
	String choices(@RequestParam(defaultValue = "image") String type,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Integer page,
			Model model, Locale locale) {
		String text = q == null ? null : q.strip();
		if (text != null && text.length() > 100) {
			text = text.substring(0, 100);
		}
		int index = page == null || page < 1 ? 0 : page - 1;
		String kind = switch (type) {
			case "document", "gallery" -> type;
			default -> "image";
		};
		Page<Choice> found = switch (kind) {
			case "document" -> picker.documents(text, index);
			case "gallery" -> picker.galleries(text, index);
			default -> picker.images(text, index);
		};
		model.addAttribute("picker", new PickerPage(kind, text == null ? "" : text, found.getContent(),
				found.getNumber() + 1, found.getTotalPages(), found.getTotalElements()));
		return "media/admin/picker-results";
	}

}
