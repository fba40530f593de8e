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
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaUsage;
import org.cohesion.portal.media.domain.MediaUsageRepository;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.internal.MediaRefused;
import org.cohesion.portal.shared.FormErrors;
import org.cohesion.portal.shared.NotFoundException;
import org.cohesion.portal.shared.Pagination;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The media library in the back office: upload several files at once, find an item (text,
 * type, month, used or not), describe it, see where it is used, delete it when it is used
 * nowhere.
 */
@Controller
@RequestMapping("/admin/medias")
class MediaAdminController {

	static final int PAGE_SIZE = 24;

	private final MediaLibrary library;

	private final MediaItemRepository items;

	private final MediaUsageRepository usages;

	private final AuditTrail audit;

	private final MessageSource messages;

	MediaAdminController(MediaLibrary library, MediaItemRepository items, MediaUsageRepository usages, AuditTrail audit,
			MessageSource messages) {
		this.library = library;
		this.items = items;
		this.usages = usages;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	@Transactional(readOnly = true)
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
		Page<MediaItem> found = items.findAll(MediaItemRepository.matching(kind, q, from, until, used),
				PageRequest.of(Pagination.index(page), PAGE_SIZE,
						org.springframework.data.domain.Sort.by(
								org.springframework.data.domain.Sort.Order.desc("uploadedAt"),
								org.springframework.data.domain.Sort.Order.desc("id"))));
		model.addAttribute("rows", rows(found.getContent()));
		model.addAttribute("filters", new LibraryViews.Filters(q, type, usage, month));
		model.addAttribute("total", found.getTotalElements());
		model.addAttribute("pagination", new Pagination(found.getNumber() + 1, found.getTotalPages(),
				found.getTotalElements(), "/admin/medias"));
		model.addAttribute("maxMegabytes", library.properties().maxFileSize().toMegabytes());
		return "media/admin/library";
	}

	/**
	 * Several files in one request. Without JavaScript the browser gets the library back
	 * with one line per file; the upload script asks for JSON instead, to show the result
	 * beside each file.
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
				MediaLibrary.Accepted accepted = library.accept(in, name, editor.email());
				MediaItem item = accepted.item();
				String key = accepted.duplicate() ? "media.upload.duplicate" : "media.upload.accepted";
				String text = message(key, item.getOriginalName());
				result.put("ok", true);
				result.put("id", item.getId());
				result.put("status", item.getStatus().name());
				result.put("message", text);
				result.put("edit", "/admin/medias/" + item.getId());
				lines.add(text);
				if (!accepted.duplicate()) {
					audit.record(editor.email(), request.getRemoteAddr(), "MEDIA_UPLOADED", "media",
							String.valueOf(item.getId()), "Fichier déposé : « " + item.getOriginalName() + " »", null,
							item.getContentType() + " " + item.getByteSize() + " octets sha256="
									+ item.getContentHash());
				}
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

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	@Transactional(readOnly = true)
	String item(@PathVariable long id, Model model) {
		MediaItem item = find(id);
		return form(model, item, new MediaForm(item.getAlt(), item.getCaption(), item.getCredit(), item.getVersion()),
				FormErrors.none());
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('PERM_MEDIA_UPLOAD')")
	@Transactional
	String describe(@PathVariable long id, @Valid @ModelAttribute("form") MediaForm form, BindingResult errors,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		MediaItem item = find(id);
		CurrentEditor editor = Editors.require();
		if (!editor.can(Permission.MEDIA_MANAGE) && !editor.email().equals(item.getUploadedBy())) {
			throw new AccessDeniedException("Not the uploader");
		}
		if (form.version() != null && form.version() != item.getVersion()) {
			model.addAttribute("conflict", true);
			return form(model, item, form, FormErrors.none());
		}
		if (errors.hasErrors()) {
			return form(model, item, form, FormErrors.of(errors));
		}
		String before = describe(item);
		item.describe(form.alt(), form.caption(), form.credit());
		library.itemChanged(id);
		audit.record(editor.email(), request.getRemoteAddr(), "MEDIA_DESCRIBED", "media", String.valueOf(id),
				"Média décrit : « " + item.getOriginalName() + " »", before, describe(item));
		redirect.addFlashAttribute("notice", message("media.admin.saved", item.getOriginalName()));
		return "redirect:/admin/medias/" + id;
	}

	@PostMapping("/{id}/supprimer")
	@PreAuthorize("hasAuthority('PERM_MEDIA_MANAGE')")
	@Transactional
	String delete(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		MediaItem item = find(id);
		if (!library.delete(item)) {
			redirect.addFlashAttribute("alert", message("media.admin.inUse", item.getOriginalName()));
			return "redirect:/admin/medias/" + id;
		}
		audit.record(Editors.require().email(), request.getRemoteAddr(), "MEDIA_DELETED", "media", String.valueOf(id),
				"Média supprimé : « " + item.getOriginalName() + " »", describe(item), null);
		redirect.addFlashAttribute("notice", message("media.admin.deleted", item.getOriginalName()));
		return "redirect:/admin/medias";
	}

	private String form(Model model, MediaItem item, MediaForm form, FormErrors errors) {
		model.addAttribute("item",
				LibraryViews.row(item, usages.findByMediaIdOrderByOwnerTypeAscLabelAsc(item.getId())));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("conflict", model.containsAttribute("conflict"));
		return "media/admin/item";
	}

	private List<LibraryViews.Row> rows(List<MediaItem> list) {
		Map<Long, List<MediaUsage>> byMedia = new LinkedHashMap<>();
		usages.findByMediaIdIn(list.stream().map(MediaItem::getId).toList())
			.forEach(usage -> byMedia.computeIfAbsent(usage.getMediaId(), k -> new ArrayList<>()).add(usage));
		return list.stream()
			.map(item -> LibraryViews.row(item, byMedia.getOrDefault(item.getId(), List.of())))
			.toList();
	}

	private MediaItem find(long id) {
		return items.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
	}

	private static String describe(MediaItem item) {
		return "alt=" + item.getAlt() + "\ncaption=" + item.getCaption() + "\ncredit=" + item.getCredit();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
