package org.cohesion.portal.accounts.web;

import java.util.List;

import org.cohesion.portal.accounts.BackOfficeContribution;
import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.accounts.internal.SignInStages;
import org.springframework.stereotype.Component;

/**
 * The frame's own entries: the dashboard, accounts, the outbox, one's second factor and
 * password; and the audit trail's, since {@code audit} sits below {@code accounts} and
 * depends on no module (it cannot implement this interface without a cycle).
 */
@Component
class AccountsBackOffice implements BackOfficeContribution {

	@Override
	public List<Permission> permissions() {
		return List.of(Permission.BACKOFFICE_ACCESS, Permission.ACCOUNT_MANAGE, Permission.SETTINGS_MANAGE,
				Permission.AUDIT_READ);
	}

	@Override
	public List<MenuEntry> menu() {
		return List.of(new MenuEntry(0, "admin.nav.dashboard", "/admin", null),
				new MenuEntry(80, "admin.nav.accounts", "/admin/comptes", Permission.ACCOUNT_MANAGE),
				new MenuEntry(90, "admin.nav.audit", "/admin/journal", Permission.AUDIT_READ),
				new MenuEntry(100, "admin.nav.mail", "/admin/courriels", Permission.SETTINGS_MANAGE),
				new MenuEntry(1000, "admin.nav.secondFactor", SignInStages.ENROLMENT_PAGE, null),
				new MenuEntry(1010, "admin.nav.password", PasswordChangeController.PAGE, null));
	}

}
