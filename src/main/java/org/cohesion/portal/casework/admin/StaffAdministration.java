package org.cohesion.portal.casework.admin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cohesion.portal.casework.CaseworkTransactional;
import org.cohesion.portal.casework.Caseworker;
import org.cohesion.portal.casework.admin.AdminViews.OrganisationForm;
import org.cohesion.portal.casework.admin.AdminViews.TemporaryPassword;
import org.cohesion.portal.casework.admin.AdminViews.UserForm;
import org.cohesion.portal.casework.audit.AuditAction;
import org.cohesion.portal.casework.audit.AuditEvent;
import org.cohesion.portal.casework.audit.CaseworkAudit;
import org.cohesion.portal.casework.signin.CaseworkIdentity;
import org.cohesion.portal.casework.staff.CaseworkRole;
import org.cohesion.portal.casework.staff.CaseworkUser;
import org.cohesion.portal.casework.staff.CaseworkUserRepository;
import org.cohesion.portal.casework.staff.Organisation;
import org.cohesion.portal.casework.staff.OrganisationKind;
import org.cohesion.portal.casework.staff.OrganisationRepository;
import org.cohesion.portal.casework.staff.OrganisationType;
import org.cohesion.portal.casework.staff.StaffRecoveryCodeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What the MNR administrator does with users and organisations: never anything of a case.
 * A new user, or one whose password is reset, gets a temporary password shown once to the
 * administrator (to hand over in person); its owner replaces it and enrols a second
 * factor at the first sign-in. Every change goes to the keyed casework audit in the same
 * transaction ({@code USER-<id>} or {@code ORG-<code>} as its record, what changed as its
 * detail: identifiers, roles and organisation codes, never a password).
 */
@Service
class StaffAdministration {

	private static final Logger log = LoggerFactory.getLogger(StaffAdministration.class);

	/** No 0/O, 1/l/I: read aloud or from paper. */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CaseworkUserRepository users;

	private final OrganisationRepository organisations;

	private final StaffRecoveryCodeRepository recoveryCodes;

	private final CaseworkIdentity identity;

	private final CaseworkAudit audit;

	private final Clock clock;

	StaffAdministration(CaseworkUserRepository users, OrganisationRepository organisations,
			StaffRecoveryCodeRepository recoveryCodes, CaseworkIdentity identity, CaseworkAudit audit, Clock clock) {
		this.users = users;
		this.organisations = organisations;
		this.recoveryCodes = recoveryCodes;
		this.identity = identity;
		this.audit = audit;
		this.clock = clock;
	}

	@CaseworkTransactional(readOnly = true)
	public List<CaseworkUser> users() {
		return users.findAllByOrderByDisplayNameAsc();
	}

	@CaseworkTransactional(readOnly = true)
	public Optional<CaseworkUser> user(long id) {
		return users.findById(id);
	}

	@CaseworkTransactional(readOnly = true)
	public List<Organisation> organisations() {
		return organisations.findAllByOrderByKindAscNameAsc();
	}

	@CaseworkTransactional(readOnly = true)
	public List<Organisation> activeOrganisations() {
		return organisations.findByActiveTrueOrderByKindAscNameAsc();
	}

	@CaseworkTransactional(readOnly = true)
	public Optional<Organisation> organisation(long id) {
		return organisations.findById(id);
	}

	/** Field → message key of each problem; empty when the form is acceptable. */
	Map<String, String> check(UserForm form, Long editedId) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (editedId == null) {
			String username = form.username() == null ? "" : CaseworkUser.normalise(form.username());
			if (!username.matches("[a-z0-9][a-z0-9._@-]{2,79}")) {
				errors.put("username", "mnr.admin.users.error.username");
			}
			else if (users.findByUsername(username).isPresent()) {
				errors.put("username", "mnr.admin.users.error.usernameTaken");
			}
		}
		String name = form.displayName() == null ? "" : form.displayName().trim();
		if (name.length() < 2 || name.length() > 120) {
			errors.put("displayName", "mnr.admin.users.error.displayName");
		}
		if (form.role() == null) {
			errors.put("role", "mnr.admin.users.error.role");
		}
		Organisation organisation = form.organisationId() == null ? null
				: organisations.findById(form.organisationId()).filter(Organisation::isActive).orElse(null);
		if (organisation == null) {
			errors.put("organisationId", "mnr.admin.users.error.organisation");
		}
		else if (form.role() != null && !form.role().allowedIn(organisation.getKind())) {
			errors.put("role", "mnr.admin.users.error.roleOrganisation");
		}
		return errors;
	}

	@CaseworkTransactional
	public TemporaryPassword create(UserForm form, Caseworker by) {
		Organisation organisation = organisations.findById(form.organisationId()).orElseThrow();
		String password = temporaryPassword();
		CaseworkUser user = users.save(new CaseworkUser(form.username(), form.displayName(), form.role(), organisation,
				identity.passwords().encode(password), clock));
		log.info("Casework user {} created by user {}", user.getId(), by.userId());
		userChanged(AuditAction.CREATE, user, "compte créé : " + describe(user) + ", mot de passe temporaire remis");
		return new TemporaryPassword(user.getId(), user.getUsername(), password);
	}

	@CaseworkTransactional
	public void update(long id, UserForm form, Caseworker by) {
		CaseworkUser user = users.findById(id).orElseThrow();
		String before = describe(user);
		boolean renamed = !user.getDisplayName().equals(form.displayName());
		user.assign(form.displayName(), form.role(), organisations.findById(form.organisationId()).orElseThrow());
		log.info("Casework user {} changed by user {}", id, by.userId());
		String after = describe(user);
		userChanged(AuditAction.UPDATE, user, "compte modifié : "
				+ (before.equals(after) ? after : before + " → " + after) + (renamed ? ", nom affiché changé" : ""));
	}

	@CaseworkTransactional
	public TemporaryPassword resetPassword(long id, Caseworker by) {
		CaseworkUser user = users.findById(id).orElseThrow();
		String password = temporaryPassword();
		user.resetPassword(identity.passwords().encode(password));
		log.info("Password of casework user {} reset by user {}", id, by.userId());
		userChanged(AuditAction.UPDATE, user, "mot de passe réinitialisé (temporaire remis, à changer à la connexion)");
		return new TemporaryPassword(id, user.getUsername(), password);
	}

	@CaseworkTransactional
	public void resetSecondFactor(long id, Caseworker by) {
		CaseworkUser user = users.findById(id).orElseThrow();
		user.resetSecondFactor();
		recoveryCodes.deleteByUser(id);
		log.info("Second factor of casework user {} reset by user {}", id, by.userId());
		userChanged(AuditAction.UPDATE, user, "second facteur réinitialisé (codes de secours supprimés)");
	}

	/** False when an administrator tries to disable themselves. */
	@CaseworkTransactional
	public boolean setEnabled(long id, boolean enabled, Caseworker by) {
		if (!enabled && id == by.userId()) {
			return false;
		}
		CaseworkUser user = users.findById(id).orElseThrow();
		if (enabled) {
			user.enable();
		}
		else {
			user.disable();
		}
		log.info("Casework user {} {} by user {}", id, enabled ? "enabled" : "disabled", by.userId());
		userChanged(AuditAction.UPDATE, user, enabled ? "compte réactivé" : "compte suspendu");
		return true;
	}

	Map<String, String> check(OrganisationForm form, Long editedId) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		if (editedId == null) {
			String code = form.code() == null ? "" : form.code().trim().toUpperCase(java.util.Locale.ROOT);
			if (!code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
				errors.put("code", "mnr.admin.orgs.error.code");
			}
			else if (organisations.findByCode(code).isPresent()) {
				errors.put("code", "mnr.admin.orgs.error.codeTaken");
			}
		}
		String name = form.name() == null ? "" : form.name().trim();
		if (name.length() < 2 || name.length() > 200) {
			errors.put("name", "mnr.admin.orgs.error.name");
		}
		if (form.kind() == null) {
			errors.put("kind", "mnr.admin.orgs.error.kind");
		}
		if (form.orgType() == null) {
			errors.put("orgType", "mnr.admin.orgs.error.orgType");
		}
		if (form.region() != null && form.region().trim().length() > 60) {
			errors.put("region", "mnr.admin.orgs.error.region");
		}
		return errors;
	}

	@CaseworkTransactional
	public Organisation create(OrganisationForm form, Caseworker by) {
		Organisation organisation = organisations.save(new Organisation(form.code(), form.name(), form.kind(),
				form.orgType(), form.region() == null ? "" : form.region(), clock));
		log.info("Organisation {} created by user {}", organisation.getId(), by.userId());
		organisationChanged(AuditAction.CREATE, organisation, "organisation créée : " + describe(organisation));
		return organisation;
	}

	/**
	 * Field → message key of problems the change would cause for the organisation's users
	 * (a kind that their roles do not allow).
	 */
	@CaseworkTransactional(readOnly = true)
	public List<String> conflicts(long id, OrganisationForm form) {
		List<String> names = new ArrayList<>();
		for (CaseworkUser user : users.findAll()) {
			if (user.getOrganisation().getId() == id && form.kind() != null && !user.getRole().allowedIn(form.kind())) {
				names.add(user.getDisplayName());
			}
		}
		return names;
	}

	@CaseworkTransactional
	public void update(long id, OrganisationForm form, Caseworker by) {
		Organisation organisation = organisations.findById(id).orElseThrow();
		String before = describe(organisation);
		organisation.change(form.name(), form.kind(), form.orgType(), form.region() == null ? "" : form.region());
		log.info("Organisation {} changed by user {}", id, by.userId());
		String after = describe(organisation);
		organisationChanged(AuditAction.UPDATE, organisation,
				"organisation modifiée : " + (before.equals(after) ? after : before + " → " + after));
	}

	/**
	 * False when administrators try to close their own organisation (and lock themselves
	 * out).
	 */
	@CaseworkTransactional
	public boolean setActive(long id, boolean active, Caseworker by) {
		if (!active && id == by.organisationId()) {
			return false;
		}
		Organisation organisation = organisations.findById(id).orElseThrow();
		if (active) {
			organisation.reactivate();
		}
		else {
			organisation.deactivate();
		}
		log.info("Organisation {} {} by user {}", id, active ? "reactivated" : "deactivated", by.userId());
		organisationChanged(AuditAction.UPDATE, organisation, active ? "organisation réactivée"
				: "organisation fermée (ses utilisateurs ne peuvent plus se connecter)");
		return true;
	}

	private void userChanged(AuditAction action, CaseworkUser user, String detail) {
		audit.record(AuditEvent.of(action, "staff-user", "USER-" + user.getId(), detail));
	}

	private void organisationChanged(AuditAction action, Organisation organisation, String detail) {
		audit.record(AuditEvent.of(action, "organisation", "ORG-" + organisation.getCode(), detail));
	}

	/** What the audit says of a user: identifiers and codes, no name. */
	private static String describe(CaseworkUser user) {
		return "identifiant " + user.getUsername() + ", rôle " + user.getRole().name() + ", organisation "
				+ user.getOrganisation().getCode();
	}

	private static String describe(Organisation organisation) {
		return organisation.getName() + " (" + organisation.getKind().name() + ", " + organisation.getOrgType().name()
				+ (organisation.getRegion().isBlank() ? "" : ", " + organisation.getRegion()) + ")";
	}

	private static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				password.append('-');
			}
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
