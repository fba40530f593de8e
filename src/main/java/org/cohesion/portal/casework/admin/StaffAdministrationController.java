package org.cohesion.portal.casework.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.Reauthentication;
import org.cohesion.portal.casework.admin.AdminViews.OrganisationForm;
import org.cohesion.portal.casework.admin.AdminViews.OrganisationPage;
import org.cohesion.portal.casework.admin.AdminViews.TemporaryPassword;
import org.cohesion.portal.casework.admin.AdminViews.UserPage;
import org.cohesion.portal.casework.admin.AdminViews.UserRow;
import org.cohesion.portal.casework.admin.AdminViews.UserForm;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationType;
import org.cohesion.portal.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The MNR administrator's pages: users and organisations (the security chain lets only
 * holders of {@code MNR_USERS_MANAGE} and {@code MNR_ORGANISATIONS_MANAGE} in). Creating
 * a user and resetting a password or a second factor ask for a fresh proof of identity.
 */
@Controller
class StaffAdministrationController {

	static final String USERS = "/mnr/admin/utilisateurs";

	static final String ORGANISATIONS = "/mnr/admin/organisations";

	private final StaffAdministration administration;

	private final MessageSource messages;

	StaffAdministrationController(StaffAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping(USERS)
	String users(Model model) {
		model.addAttribute("users", administration.users().stream().map(UserRow::of).toList());
		return "casework/admin-users";
	}

	@GetMapping(USERS + "/nouveau")
	String newUser(Model model) {
		model.addAttribute("page", userPage(null, new UserForm("", "", null, null), Map.of(), true, false));
		return "casework/admin-user";
	}

	@PostMapping(USERS)
	@Reauthentication.Required
	String createUser(@ModelAttribute("form") UserForm form, BindingResult binding, Caseworker caseworker,
			Model model) {
		Map<String, String> errors = administration.check(form, null);
		if (!errors.isEmpty()) {
			model.addAttribute("page", userPage(null, form, errors, true, false));
			return "casework/admin-user";
		}
		return temporaryPassword(administration.create(form, caseworker), model, "created");
	}

	@GetMapping(USERS + "/{id}")
	String editUser(@PathVariable long id, Model model) {
		CaseworkUser user = administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		model.addAttribute("page", userPage(id,
				new UserForm(user.getUsername(), user.getDisplayName(), user.getRole(), user.getOrganisation().getId()),
				Map.of(), user.isEnabled(), user.hasSecondFactor()));
		return "casework/admin-user";
	}

	@PostMapping(USERS + "/{id}")
	String updateUser(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult binding,
			Caseworker caseworker, Model model, RedirectAttributes redirect, Locale locale) {
		CaseworkUser user = administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		Map<String, String> errors = administration.check(form, id);
		if (!errors.isEmpty()) {
			model.addAttribute("page",
					userPage(id,
							new UserForm(user.getUsername(), form.displayName(), form.role(), form.organisationId()),
							errors, user.isEnabled(), user.hasSecondFactor()));
			return "casework/admin-user";
		}
		administration.update(id, form, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.users.saved", null, locale));
		return "redirect:" + USERS;
	}

	@PostMapping(USERS + "/{id}/mot-de-passe")
	@Reauthentication.Required
	String resetPassword(@PathVariable long id, Caseworker caseworker, Model model) {
		administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		return temporaryPassword(administration.resetPassword(id, caseworker), model, "reset");
	}

	@PostMapping(USERS + "/{id}/second-facteur")
	@Reauthentication.Required
	String resetSecondFactor(@PathVariable long id, Caseworker caseworker, RedirectAttributes redirect, Locale locale) {
		administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		administration.resetSecondFactor(id, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.users.secondFactorReset", null, locale));
		return "redirect:" + USERS + "/" + id;
	}

	@PostMapping(USERS + "/{id}/desactiver")
	String disable(@PathVariable long id, Caseworker caseworker, RedirectAttributes redirect, Locale locale) {
		administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		boolean done = administration.setEnabled(id, false, caseworker);
		redirect.addFlashAttribute(done ? "notice" : "alert", messages
			.getMessage(done ? "mnr.admin.users.disabled" : "mnr.admin.users.cannotDisableSelf", null, locale));
		return "redirect:" + USERS + "/" + id;
	}

	@PostMapping(USERS + "/{id}/activer")
	String enable(@PathVariable long id, Caseworker caseworker, RedirectAttributes redirect, Locale locale) {
		administration.user(id).orElseThrow(() -> new NotFoundException("casework staff"));
		administration.setEnabled(id, true, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.users.enabled", null, locale));
		return "redirect:" + USERS + "/" + id;
	}

	private String temporaryPassword(TemporaryPassword password, Model model, String why) {
		model.addAttribute("password", password);
		model.addAttribute("why", why);
		return "casework/admin-password";
	}

	private UserPage userPage(Long id, UserForm form, Map<String, String> errors, boolean enabled,
			boolean secondFactor) {
		return new UserPage(id, form, errors, Arrays.asList(CaseworkRole.values()),
				AdminViews.OrganisationRow.of(administration.activeOrganisations()), enabled, secondFactor);
	}

	@GetMapping(ORGANISATIONS)
	String organisations(Model model) {
		model.addAttribute("organisations", AdminViews.OrganisationRow.of(administration.organisations()));
		return "casework/admin-organisations";
	}

	@GetMapping(ORGANISATIONS + "/nouvelle")
	String newOrganisation(Model model) {
		model.addAttribute("page",
				organisationPage(null, new OrganisationForm("", "", null, null, ""), Map.of(), true, List.of()));
		return "casework/admin-organisation";
	}

	@PostMapping(ORGANISATIONS)
	String createOrganisation(@ModelAttribute("form") OrganisationForm form, BindingResult binding,
			Caseworker caseworker, Model model, RedirectAttributes redirect, Locale locale) {
		Map<String, String> errors = administration.check(form, null);
		if (!errors.isEmpty()) {
			model.addAttribute("page", organisationPage(null, form, errors, true, List.of()));
			return "casework/admin-organisation";
		}
		administration.create(form, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.orgs.saved", null, locale));
		return "redirect:" + ORGANISATIONS;
	}

	@GetMapping(ORGANISATIONS + "/{id}")
	String editOrganisation(@PathVariable long id, Model model) {
		Organisation organisation = administration.organisation(id)
			.orElseThrow(() -> new NotFoundException("casework staff"));
		model.addAttribute("page",
				organisationPage(id,
						new OrganisationForm(organisation.getCode(), organisation.getName(), organisation.getKind(),
								organisation.getOrgType(), organisation.getRegion()),
						Map.of(), organisation.isActive(), List.of()));
		return "casework/admin-organisation";
	}

	@PostMapping(ORGANISATIONS + "/{id}")
	String updateOrganisation(@PathVariable long id, @ModelAttribute("form") OrganisationForm form,
			BindingResult binding, Caseworker caseworker, Model model, RedirectAttributes redirect, Locale locale) {
		Organisation organisation = administration.organisation(id)
			.orElseThrow(() -> new NotFoundException("casework staff"));
		OrganisationForm kept = new OrganisationForm(organisation.getCode(), form.name(), form.kind(), form.orgType(),
				form.region());
		Map<String, String> errors = administration.check(kept, id);
		List<String> conflicts = administration.conflicts(id, kept);
		if (!errors.isEmpty() || !conflicts.isEmpty()) {
			model.addAttribute("page", organisationPage(id, kept, errors, organisation.isActive(), conflicts));
			return "casework/admin-organisation";
		}
		administration.update(id, kept, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.orgs.saved", null, locale));
		return "redirect:" + ORGANISATIONS;
	}

	@PostMapping(ORGANISATIONS + "/{id}/desactiver")
	String deactivate(@PathVariable long id, Caseworker caseworker, RedirectAttributes redirect, Locale locale) {
		administration.organisation(id).orElseThrow(() -> new NotFoundException("casework staff"));
		boolean done = administration.setActive(id, false, caseworker);
		redirect.addFlashAttribute(done ? "notice" : "alert", messages
			.getMessage(done ? "mnr.admin.orgs.deactivated" : "mnr.admin.orgs.cannotDeactivateOwn", null, locale));
		return "redirect:" + ORGANISATIONS + "/" + id;
	}

	@PostMapping(ORGANISATIONS + "/{id}/activer")
	String reactivate(@PathVariable long id, Caseworker caseworker, RedirectAttributes redirect, Locale locale) {
		administration.organisation(id).orElseThrow(() -> new NotFoundException("casework staff"));
		administration.setActive(id, true, caseworker);
		redirect.addFlashAttribute("notice", messages.getMessage("mnr.admin.orgs.reactivated", null, locale));
		return "redirect:" + ORGANISATIONS + "/" + id;
	}

	private OrganisationPage organisationPage(Long id, OrganisationForm form, Map<String, String> errors,
			boolean active, List<String> conflicts) {
		return new OrganisationPage(id, form, errors, Arrays.asList(OrganisationKind.values()),
				Arrays.asList(OrganisationType.values()), active, conflicts);
	}

	@org.springframework.web.bind.annotation.ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return "casework/not-found";
	}

}
