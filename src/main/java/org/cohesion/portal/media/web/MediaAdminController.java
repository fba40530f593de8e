package org.cohesion.portal.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.media.MediaPermissions;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.internal.MediaAdmin;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.internal.MediaRefused;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the back office: upload several files at once, follow their
 * processing, find an item (text, type, month, used or not), describe it, see where it is
 * used, delete it when it is used nowhere, retry or delete one whose processing failed.
 * Transactions, the uploader's rights and the audit live in {@link MediaAdmin}.
 */
@Controller
@RequestMapping("/admin/medias")
class MediaAdminController {

	static final int PAGE_SIZE = 24;

	private final MediaAdmin admin;

	private final MessageSource messages;

	MediaAdminController(MediaAdmin admin, MessageSource messages) {
		this.admin = admin;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String usage,
			@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		MediaKind kind = "image".equals(type) ? MediaKind.IMAGE : "document".equals(type) ? MediaKind.DOCUMENT : null;
		Boolean used = "used".equals(usage) ? Boolean.TRUE : "unused".equals(usage) ? Boolean.FALSE : null;
		Instant from = null;
		Instant until = null;
		if (month != null && !month.isBlank()) {
			try {
				YearMonth ym = YearMonth.parse(month);
				java.time.ZoneId zone = java.time.ZoneId.systemDefault();
				from = ym.atDay(1).atStartOfDay(zone).toInstant();
				until = ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				month = null;
			}
		}
		Page<MediaAdmin.Entry> found = admin.search(kind, q, from, until, used, Pagination.index(page), PAGE_SIZE);
		model.addAttribute("rows", found.getContent().stream().map(MediaAdminController::row).toList());
		model.addAttribute("filters", new LibraryViews.Filters(q, type, usage, month));
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("pagination", new Pagination(found.getNumber() + 1, found.getTotalPages(),
				found.getTotalElements(), "/admin/medias"));
		model.addAttribute("maxMegabytes", admin.properties().maxFileSize().toMegabytes());
		return "media/admin/library";
	}

	/**
	 * Several files in one request. Without JavaScript the browser gets the library back
	 * with one line per file; the upload script asks for JSON instead, to show the result
	 * beside each file (and then follows the processing of each image through
	 * {@link #statuses}).
	 */
	@PostMapping
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	Object upload(@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			@RequestHeader(name = "Accept", required = false) @Nullable String accept, HttpServletRequest request,
			RedirectAttributes redirect) {
		CurrentEditor editor = Editors.require();
		List<Map<String, Object>> results = new ArrayList<>();
		List<String> lines = new ArrayList<>();
		boolean anyRefused = false;
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			String name = file.getOriginalFilename() == null ? "fichier" : file.getOriginalFilename();
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("name", name);
			try (InputStream in = file.getInputStream()) {
				MediaLibrary.Accepted accepted = admin.upload(in, name, editor, request.getRemoteAddr());
				MediaItem item = accepted.item();
				String text = message(acceptedKey(accepted), item.getOriginalName(), accepted.removedActiveParts());
				result.put("ok", true);
				result.put("id", item.getId());
				result.put("status", item.getStatus().name());
				result.put("message", text);
				result.put("edit", "/admin/medias/" + item.getId());
				lines.add(text);
			}
			catch (MediaRefused refused) {
				String text = message(refused.key(), refused.arguments());
				result.put("ok", false);
				result.put("message", text);
				lines.add(text);
				anyRefused = true;
			}
			catch (IOException ex) {
				String text = message("media.refused.io", name);
				result.put("ok", false);
				result.put("message", text);
				lines.add(text);
				anyRefused = true;
			}
			results.add(result);
		}
		if (results.isEmpty()) {
			String text = message("media.upload.none");
			lines.add(text);
			anyRefused = true;
			results.add(Map.of("ok", false, "message", text));
		}
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.status(anyRefused ? 422 : 200)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("results", results));
		}
		redirect.addFlashAttribute(anyRefused ? "alert" : "notice", String.join(" ", lines));
		return "redirect:/admin/medias";
	}

	private static String acceptedKey(MediaLibrary.Accepted accepted) {
		if (accepted.duplicate()) {
			return "media.upload.duplicate";
		}
		if (accepted.retried()) {
			return "media.upload.retried";
		}
		if (accepted.removedActiveParts() > 0) {
			return "media.upload.cleaned";
		}
		return accepted.item().getStatus() == MediaStatus.PROCESSING ? "media.upload.processing"
				: "media.upload.accepted";
	}

	/**
	 * Where the items being processed stand, for the script that refreshes the library
	 * and the upload lines ({@code ids}: comma-separated, at most 100).
	 */
	@GetMapping(path = "/statut", produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	@ResponseBody
	Map<String, Object> statuses(@RequestParam(defaultValue = "") String ids) {
		List<Long> wanted = new ArrayList<>();
		for (String id : ids.split(",")) {
			try {
				wanted.add(Long.parseLong(id.strip()));
			}
			catch (NumberFormatException ex) {
				// ignored: the script sends numbers
			}
		}
		List<Map<String, Object>> found = new ArrayList<>();
		for (MediaItem item : admin.statuses(wanted)) {
			Map<String, Object> status = new LinkedHashMap<>();
			status.put("id", item.getId());
			status.put("status", item.getStatus().name());
			status.put("done", item.getStatus() != MediaStatus.PROCESSING);
			status.put("label", message("media.status." + item.getStatus().name()));
			status.put("message", switch (item.getStatus()) {
				case PROCESSING -> message("media.status.processingNow", item.getOriginalName());
				case READY -> message("media.status.readyNow", item.getOriginalName());
				case FAILED -> message("media.status.failedNow", item.getOriginalName(),
						message(item.getFailure() == null ? "media.failed.error" : item.getFailure()));
			});
			LibraryViews.Row row = LibraryViews.row(item, List.of());
			if (row.thumbnail() != null) {
				status.put("thumbnail", row.thumbnail());
			}
			status.put("edit", "/admin/medias/" + item.getId());
			found.add(status);
		}
		return Map.of("items", found);
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	String item(@PathVariable long id, Model model) {
		MediaAdmin.Entry entry = admin.entry(id);
		MediaItem item = entry.item();
		return form(model, entry, new MediaForm(item.getAlt(), item.getCaption(), item.getCredit(), item.getVersion()),
				FormErrors.none());
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	String describe(@PathVariable long id, @Valid @ModelAttribute("form") MediaForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		CurrentEditor editor = Editors.require();
		MediaAdmin.Entry entry = admin.entry(id);
		if (!editor.can(MediaPermissions.MEDIA_MANAGE) && !MediaAdmin.isUploader(editor, entry.item())) {
			throw new AccessDeniedException("Not the uploader");
		}
		if (errors.hasErrors()) {
			return form(model, entry, form, FormErrors.of(errors));
		}
		MediaAdmin.Outcome outcome = admin.describe(id, form.version(), form.alt(), form.caption(), form.credit(),
				editor, request.getRemoteAddr());
		if (outcome == MediaAdmin.Outcome.CONFLICT) {
			model.addAttribute("conflict", true);
			return form(model, admin.entry(id), form, FormErrors.none());
		}
		redirect.addFlashAttribute("notice", message("media.admin.saved", entry.item().getOriginalName()));
		return "redirect:/admin/medias/" + id;
	}

	/**
	 * Deletes an unused item ({@code MEDIA_MANAGE}), or one's own upload whose processing
	 * failed (checked by {@link MediaAdmin#delete}).
	 */
	@PostMapping("/{id}/supprimer")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		String name = admin.entry(id).item().getOriginalName();
		if (admin.delete(id, Editors.require(), request.getRemoteAddr()) == MediaAdmin.Outcome.IN_USE) {
			redirect.addFlashAttribute("alert", message("media.admin.inUse", name));
			return "redirect:/admin/medias/" + id;
		}
		redirect.addFlashAttribute("notice", message("media.admin.deleted", name));
		return "redirect:/admin/medias";
	}

	/** Processes a failed image again (its uploader, or {@code MEDIA_MANAGE}). */
	@PostMapping("/{id}/reessayer")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	String retry(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) throws IOException {
		String name = admin.entry(id).item().getOriginalName();
		switch (admin.retry(id, Editors.require(), request.getRemoteAddr())) {
			case DONE -> redirect.addFlashAttribute("notice", message("media.admin.retrying", name));
			case ORIGINAL_MISSING -> redirect.addFlashAttribute("alert", message("media.admin.originalMissing", name));
			default -> redirect.addFlashAttribute("alert", message("media.admin.notFailed", name));
		}
		return "redirect:/admin/medias/" + id;
	}

	private String form(Model model, MediaAdmin.Entry entry, MediaForm form, FormErrors errors) {
		CurrentEditor editor = Editors.require();
		model.addAttribute("item", row(entry));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", model.containsAttribute("conflict"));
		model.addAttribute("mayDelete", MediaAdmin.mayDelete(editor, entry.item()));
		model.addAttribute("mayRetry", entry.item().getStatus() == MediaStatus.FAILED
				&& (editor.can(MediaPermissions.MEDIA_MANAGE) || MediaAdmin.isUploader(editor, entry.item())));
		return "media/admin/item";
	}

	private static LibraryViews.Row row(MediaAdmin.Entry entry) {
		return LibraryViews.row(entry.item(), entry.usages());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
