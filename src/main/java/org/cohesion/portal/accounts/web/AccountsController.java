package org.cohesion.portal.accounts.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cohesion.portal.accounts.web.AccountViews.AccountRow;
import org.cohesion.portal.accounts.web.AccountViews.AccountsPage;
import org.cohesion.portal.accounts.web.AccountViews.InviteForm;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.Editors;
import org.cohesion.portal.accounts.internal.AccountAdministration;
import org.cohesion.portal.accounts.internal.AccountAdministration.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The accounts of the editorial team: list, invite, change role, disable, reset 2FA. */
@Controller
@PreAuthorize("hasAuthority('PERM_ACCOUNT_MANAGE')")
class AccountsController {

	private final AccountAdministration administration;

	private final MessageSource messages;

	AccountsController(AccountAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping("/admin/comptes")
	String list(Model model) {
		model.addAttribute("page", page(new InviteForm("", "", EditorialRole.REDACTEUR), null));
		return "accounts/list";
	}

	@PostMapping("/admin/comptes/invitation")
	String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "REDACTEUR") EditorialRole role, HttpServletRequest request, Model model,
			RedirectAttributes redirect, Locale locale) {
		InviteForm form = new InviteForm(email.strip(), displayName.strip(), role);
		String error = null;
		if (!form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || form.email().length() > 254) {
			error = "accounts.invite.badEmail";
		}
		else if (form.displayName().isEmpty() || form.displayName().length() > 120) {
			error = "accounts.invite.badName";
		}
		else {
			try {
				administration.invite(Editors.require(), request.getRemoteAddr(), form.email(), form.displayName(),
						role, locale);
			}
			catch (Refused refused) {
				error = refused.messageKey();
			}
		}
		if (error != null) {
			model.addAttribute("page", page(form, messages.getMessage(error, null, locale)));
			return "accounts/list";
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("accounts.invite.sent", new Object[] { form.email() }, locale));
		return "redirect:/admin/comptes";
	}

	@PostMapping("/admin/comptes/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam EditorialRole role, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		return act(() -> administration.changeRole(Editors.require(), request.getRemoteAddr(), id, role),
				"accounts.roleChanged", redirect, locale);
	}

	@PostMapping("/admin/comptes/{id}/desactiver")
	String disable(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		return act(() -> administration.setEnabled(Editors.require(), request.getRemoteAddr(), id, false),
				"accounts.disabled", redirect, locale);
	}

	@PostMapping("/admin/comptes/{id}/activer")
	String enable(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		return act(() -> administration.setEnabled(Editors.require(), request.getRemoteAddr(), id, true),
				"accounts.enabled", redirect, locale);
	}

	@PostMapping("/admin/comptes/{id}/double-authentification")
	String resetSecondFactor(@PathVariable long id, HttpServletRequest request, RedirectAttributes redirect,
			Locale locale) {
		return act(() -> administration.resetSecondFactor(Editors.require(), request.getRemoteAddr(), id),
				"accounts.secondFactorReset", redirect, locale);
	}

	private String act(Runnable change, String doneKey, RedirectAttributes redirect, Locale locale) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", messages.getMessage(doneKey, null, locale));
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("alert", messages.getMessage(refused.messageKey(), null, locale));
		}
		return "redirect:/admin/comptes";
	}

	private AccountsPage page(InviteForm form, @Nullable String error) {
		List<AccountRow> rows = administration.all()
			.stream()
			.map(u -> new AccountRow(u.getId(), u.getDisplayName(), u.getEmail(), u.getRole(), u.hasSecondFactor(),
					u.getLastSignInAt(), u.isEnabled(), u.getPasswordHash() == null))
			.toList();
		return new AccountsPage(rows, List.of(EditorialRole.values()), form, error);
	}

}
