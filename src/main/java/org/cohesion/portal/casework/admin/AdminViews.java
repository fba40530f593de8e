package org.cohesion.portal.casework.admin;

import java.util.List;
import java.util.Map;

import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationType;

/** Forms in, views out, for the MNR administrator's pages. */
public final class AdminViews {

	private AdminViews() {
	}

	public record UserForm(String username, String displayName, CaseworkRole role, Long organisationId) {
	}

	public record OrganisationForm(String code, String name, OrganisationKind kind, OrganisationType orgType,
			String region) {
	}

	/** A temporary password, to be shown once. */
	public record TemporaryPassword(long userId, String username, String password) {
	}

	/** A row of the users' list. */
	public record UserRow(long id, String displayName, String username, String roleKey, String organisation,
			boolean secondFactor, boolean enabled) {

		static UserRow of(CaseworkUser user) {
			return new UserRow(user.getId(), user.getDisplayName(), user.getUsername(), user.getRole().messageKey(),
					user.getOrganisation().getCode(), user.hasSecondFactor(), user.isEnabled());
		}

	}

	/** An organisation as its list and the user form show it (never the entity). */
	public record OrganisationRow(Long id, String code, String name, boolean active, OrganisationKind kind,
			OrganisationType orgType, String region) {

		static OrganisationRow of(Organisation organisation) {
			return new OrganisationRow(organisation.getId(), organisation.getCode(), organisation.getName(),
					organisation.isActive(), organisation.getKind(), organisation.getOrgType(),
					organisation.getRegion());
		}

		static List<OrganisationRow> of(List<Organisation> organisations) {
			return organisations.stream().map(OrganisationRow::of).toList();
		}

	}

	/** The user form's page. */
	public record UserPage(Long id, UserForm form, Map<String, String> errors, List<CaseworkRole> roles,
			List<OrganisationRow> organisations, boolean enabled, boolean secondFactor) {
	}

	public record OrganisationPage(Long id, OrganisationForm form, Map<String, String> errors,
			List<OrganisationKind> kinds, List<OrganisationType> types, boolean active, List<String> conflicts) {
	}

}
