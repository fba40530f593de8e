package org.cohesion.portal.casework.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Caseworkers;
import org.cohesion.portal.casework.access.RecordNotFoundAdvice;
import org.cohesion.portal.casework.access.RecordNotFoundException;
import org.cohesion.portal.casework.directory.DirectoryViews.Filter;
import org.cohesion.portal.casework.directory.DirectoryViews.ServiceForm;
import org.cohesion.portal.casework.directory.DirectoryViews.ServicePage;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directory under {@code /mnr/annuaire} (read by whoever refers people), the
 * provider's capacity page ({@code /mnr/annuaire/capacite}) and the administrator's pages
 * ({@code /mnr/admin/services}). Each checks its permission here as well as in the
 * security chain.
 */
@Controller
class DirectoryController {

	static final String ADMIN = "/mnr/admin/services";

	private final ServiceDirectory directory;

	private final MessageSource messages;

	DirectoryController(ServiceDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/mnr/annuaire")
	String directory(@RequestParam(name = "type", required = false) @Nullable ServiceType type,
			@RequestParam(name = "region", required = false) @Nullable String region,
			@RequestParam(name = "personne", required = false) @Nullable String person,
			@RequestParam(name = "places", required = false) boolean withRoom, Model model) {
		require(CaseworkPermission.DIRECTORY_READ);
		Filter filter = new Filter(type, blankToNull(region), blankToNull(person), withRoom);
		model.addAttribute("filter", filter);
		model.addAttribute("services", directory.search(filter));
		model.addAttribute("regions", directory.regions());
		return "casework/directory/list";
	}

	@GetMapping("/mnr/annuaire/capacite")
	String capacity(Model model) {
		Caseworker who = require(CaseworkPermission.CAPACITY_UPDATE);
		model.addAttribute("services", directory.ofOrganisation(who.organisationId()));
		model.addAttribute("errors", Map.of());
		return "casework/directory/capacity";
	}

	@PostMapping("/mnr/annuaire/capacite/{ref}")
	String updateCapacity(@PathVariable String ref,
			@RequestParam(name = "placesFree", required = false) @Nullable String free,
			@RequestParam(name = "version", defaultValue = "-1") long version, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = require(CaseworkPermission.CAPACITY_UPDATE);
		String refusal;
		try {
			refusal = free == null || !free.strip().matches("-?\\d{1,5}") ? "mnr.service.capacity.number"
					: directory.updateCapacity(who, ref, Integer.parseInt(free.strip()), version);
		}
		catch (RecordNotFoundException ex) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		catch (OptimisticLockingFailureException ex) {
			refusal = "mnr.service.capacity.conflict";
		}
		if (refusal != null) {
			response.setStatus(422);
			model.addAttribute("services", directory.ofOrganisation(who.organisationId()));
			model.addAttribute("errors", Map.of(ref, refusal));
			return "casework/directory/capacity";
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.service.capacity.saved", null, locale));
		return "redirect:/mnr/annuaire/capacite";
	}

	@GetMapping(ADMIN)
	String services(Model model) {
		require(CaseworkPermission.ORGANISATIONS_MANAGE);
		model.addAttribute("services", directory.all());
		return "casework/directory/admin-list";
	}

	@GetMapping(ADMIN + "/nouveau")
	String newService(Model model) {
		require(CaseworkPermission.ORGANISATIONS_MANAGE);
		return form(model, null, ServiceForm.empty(), Map.of(), true, false);
	}

	// BindingResult: an unticked box is absent from the request and binds as false
	@PostMapping(ADMIN)
	String create(@ModelAttribute ServiceForm form, BindingResult unchecked, Model model, RedirectAttributes redirect,
			Locale locale) {
		Caseworker who = require(CaseworkPermission.ORGANISATIONS_MANAGE);
		Map<String, String> errors = directory.check(form);
		if (!errors.isEmpty()) {
			return form(model, null, form, errors, true, false);
		}
		directory.create(form, who);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.service.saved", null, locale));
		return "redirect:" + ADMIN;
	}

	@GetMapping(ADMIN + "/{ref}")
	String edit(@PathVariable String ref, HttpServletResponse response, Model model) {
		require(CaseworkPermission.ORGANISATIONS_MANAGE);
		return directory.find(ref)
			.map(row -> form(model, ref,
					new ServiceForm(row.organisationId(), row.type(), row.description(), row.national(), row.regions(),
							row.children(), row.women(), row.men(),
							row.capacityTotal() == null ? "" : row.capacityTotal().toString(), row.phone(), row.email(),
							row.address(), row.version()),
					Map.of(), row.active(), false))
			.orElseGet(() -> RecordNotFoundAdvice.render("", response, model));
	}

	@PostMapping(ADMIN + "/{ref}")
	String update(@PathVariable String ref, @ModelAttribute ServiceForm form, BindingResult unchecked,
			HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		Caseworker who = require(CaseworkPermission.ORGANISATIONS_MANAGE);
		var current = directory.find(ref);
		if (current.isEmpty()) {
			return RecordNotFoundAdvice.render("", response, model);
		}
		Map<String, String> errors = directory.check(form);
		if (!errors.isEmpty()) {
			return form(model, ref, form, errors, current.get().active(), false);
		}
		try {
			directory.update(ref, form, who);
		}
		catch (OptimisticLockingFailureException ex) {
			// someone saved it since this form was read: show it again with what was
			// typed,
			// and the version now stored so that saving again overwrites knowingly
			ServiceForm retyped = new ServiceForm(form.organisationId(), form.type(), form.description(),
					form.national(), form.regions(), form.takesChildren(), form.takesWomen(), form.takesMen(),
					form.capacityTotal(), form.phone(), form.email(), form.address(), current.get().version());
			response.setStatus(409);
			return form(model, ref, retyped, Map.of(), current.get().active(), true);
		}
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.service.saved", null, locale));
		return "redirect:" + ADMIN;
	}

	@PostMapping(ADMIN + "/{ref}/desactiver")
	String deactivate(@PathVariable String ref, RedirectAttributes redirect, Locale locale) {
		directory.setActive(ref, false, require(CaseworkPermission.ORGANISATIONS_MANAGE));
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.service.deactivated", null, locale));
		return "redirect:" + ADMIN;
	}

	@PostMapping(ADMIN + "/{ref}/activer")
	String reactivate(@PathVariable String ref, RedirectAttributes redirect, Locale locale) {
		directory.setActive(ref, true, require(CaseworkPermission.ORGANISATIONS_MANAGE));
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.service.reactivated", null, locale));
		return "redirect:" + ADMIN;
	}

	private String form(Model model, @Nullable String ref, ServiceForm form, Map<String, String> errors, boolean active,
			boolean conflict) {
		model.addAttribute("page",
				new ServicePage(ref, form, errors, directory.providers(), directory.regions(), active, conflict));
		model.addAttribute("types", List.of(ServiceType.values()));
		return "casework/directory/admin-form";
	}

	private static Caseworker require(CaseworkPermission permission) {
		Caseworker who = Caseworkers.current();
		if (!who.may(permission)) {
			throw new RecordNotFoundException();
		}
		return who;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
