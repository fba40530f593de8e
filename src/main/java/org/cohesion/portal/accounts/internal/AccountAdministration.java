package org.cohesion.portal.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.cohesion.portal.identity.PasswordPolicy;
import org.cohesion.portal.accounts.CurrentEditor;
import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.accounts.domain.AccountToken;
import org.cohesion.portal.accounts.domain.AccountToken.Purpose;
import org.cohesion.portal.accounts.domain.RecoveryCodeRepository;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.mail.MailNotSent;
import org.cohesion.portal.mail.Mailer;
import org.cohesion.portal.mail.OutgoingMail;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.SiteProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an administrator does to accounts (invite, change a role, disable, enable, reset a
 * second factor) and what a person does with an e-mailed link (set a password). Every
 * change is audited with its before and after; the last active administrator can be
 * neither disabled nor demoted, so the back office can always be administered.
 */
@Service
public class AccountAdministration {

	private static final Logger log = LoggerFactory.getLogger(AccountAdministration.class);

	public static final Duration INVITATION_VALIDITY = Duration.ofHours(72);

	public static final Duration RESET_VALIDITY = Duration.ofHours(1);

	/** A change refused for a reason the person can read (a message key). */
	public static final class Refused extends RuntimeException {

		private final String messageKey;

		public Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private final UserAccountRepository users;

	private final RecoveryCodeRepository recoveryCodes;

	private final AccountTokens tokens;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Mailer mailer;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final PlatformProperties platform;

	private final SiteProperties site;

	private final Throttles throttles;

	private final AccountSessions sessions;

	private final SignInThrottle signInThrottle;

	private final TemplateEngine templates;

	private final SecondFactors secondFactors;

	private final Clock clock;

	AccountAdministration(UserAccountRepository users, RecoveryCodeRepository recoveryCodes, AccountTokens tokens,
			PasswordEncoder passwords, PasswordPolicy policy, Mailer mailer, AuditTrail audit, MessageSource messages,
			PlatformProperties platform, SiteProperties site, Throttles throttles, AccountSessions sessions,
			SignInThrottle signInThrottle, TemplateEngine templates, SecondFactors secondFactors, Clock clock) {
		this.users = users;
		this.recoveryCodes = recoveryCodes;
		this.tokens = tokens;
		this.passwords = passwords;
		this.policy = policy;
		this.mailer = mailer;
		this.audit = audit;
		this.messages = messages;
		this.platform = platform;
		this.site = site;
		this.throttles = throttles;
		this.sessions = sessions;
		this.signInThrottle = signInThrottle;
		this.templates = templates;
		this.secondFactors = secondFactors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAllByOrderByDisplayNameAsc();
	}

	@Transactional
	public UserAccount invite(CurrentEditor actor, @Nullable String ip, String email, String displayName,
			EditorialRole role, Locale locale) {
		String address = UserAccount.normalise(email);
		if (users.findByEmail(address).isPresent()) {
			throw new Refused("accounts.invite.exists");
		}
		UserAccount invited = new UserAccount(address, displayName, role, clock);
		if (platform.demo().enabled()) {
			invited.markCreatedInDemo();
		}
		UserAccount user = users.save(invited);
		String token = tokens.issue(user.getId(), Purpose.INVITATION, INVITATION_VALIDITY);
		audit.record(actor.email(), ip, "ACCOUNT_INVITED", "account", String.valueOf(user.getId()),
				"Invitation envoyée à " + address, null, describe(user));
		String link = platform.baseUrlWithoutSlash() + "/connexion/invitation/" + token;
		try {
			mailer.send(mail(address, "mail.invitation", locale, displayName, actor.displayName(), link, "72"));
		}
		catch (MailNotSent ex) {
			// rolls the invitation back: an account nobody was told about is of no use
			log.warn("Invitation to {} not sent: {}", address, ex.getMessage());
			throw new Refused("accounts.invite.mailFailed");
		}
		return user;
	}

	@Transactional
	public void changeRole(CurrentEditor actor, @Nullable String ip, long id, EditorialRole role) {
		UserAccount user = users.findById(id).orElseThrow(() -> new Refused("accounts.notFound"));
		if (user.getRole() == role) {
			return;
		}
		guardLastAdministrator(user);
		String before = describe(user);
		user.changeRole(role);
		audit.record(actor.email(), ip, "ACCOUNT_ROLE_CHANGED", "account", String.valueOf(id),
				"Rôle de " + user.getEmail() + " changé", before, describe(user));
		sessions.endAll(user.getEmail(), null);
	}

	@Transactional
	public void setEnabled(CurrentEditor actor, @Nullable String ip, long id, boolean enabled) {
		UserAccount user = users.findById(id).orElseThrow(() -> new Refused("accounts.notFound"));
		if (user.isEnabled() == enabled) {
			return;
		}
		String before = describe(user);
		if (enabled) {
			user.enable();
		}
		else {
			guardLastAdministrator(user);
			user.disable();
			sessions.endAll(user.getEmail(), null);
		}
		audit.record(actor.email(), ip, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", "account", String.valueOf(id),
				(enabled ? "Compte réactivé : " : "Compte désactivé : ") + user.getEmail(), before, describe(user));
	}

	@Transactional
	public void resetSecondFactor(CurrentEditor actor, @Nullable String ip, long id) {
		UserAccount user = users.findById(id).orElseThrow(() -> new Refused("accounts.notFound"));
		String before = describe(user);
		user.resetSecondFactor();
		recoveryCodes.deleteForAccount(id);
		sessions.endAll(user.getEmail(), null);
		audit.record(actor.email(), ip, "SECOND_FACTOR_RESET", "account", String.valueOf(id),
				"Double authentification réinitialisée pour " + user.getEmail(), before, describe(user));
	}

	/** Whether the link still opens its page (unused, not expired). */
	@Transactional(readOnly = true)
	public boolean linkUsable(String token, Purpose purpose) {
		return tokens.usable(token, purpose).isPresent();
	}

	/**
	 * Sets the password of the link's account and uses the link up. Refused with a
	 * message key when the link is no longer valid or the password is too weak.
	 */
	@Transactional
	public void setPassword(String token, Purpose purpose, String password, @Nullable String ip) {
		AccountToken link = tokens.usable(token, purpose).orElseThrow(() -> new Refused("accounts.link.invalid"));
		UserAccount user = users.findById(link.getAccountId()).orElseThrow(() -> new Refused("accounts.link.invalid"));
		if (!user.isEnabled()) {
			throw new Refused("accounts.link.invalid");
		}
		Optional<String> problem = policy.check(password, user.getEmail());
		if (problem.isPresent()) {
			throw new Refused(problem.get());
		}
		tokens.use(link);
		user.setPasswordHash(passwords.encode(password));
		// whoever held the old password (or a session opened with it) is out; the owner,
		// proven by the mailbox, is no longer slowed by failures against the account
		sessions.endAll(user.getEmail(), null);
		signInThrottle.forgetUser(user.getEmail());
		audit.record(user.getEmail(), ip, purpose == Purpose.INVITATION ? "INVITATION_ACCEPTED" : "PASSWORD_RESET",
				"account", String.valueOf(user.getId()),
				purpose == Purpose.INVITATION ? "Invitation acceptée, mot de passe choisi"
						: "Mot de passe réinitialisé par lien envoyé par courriel",
				null, null);
	}

	/**
	 * A signed-in person changes their own password: the current one, the new one twice
	 * (the same {@link PasswordPolicy} as everywhere), and a fresh code when the account
	 * has a second factor (a session left open on a shared computer is not enough). Wrong
	 * current passwords count as sign-in failures of the account and address. Afterwards
	 * every other session of the account ends and every outstanding e-mailed link is
	 * void. Refused with a message key otherwise, nothing changed.
	 * @param keepSession the session the change is made from, which stays open
	 * @return how many other sessions were ended
	 */
	@Transactional(noRollbackFor = Refused.class)
	public int changeOwnPassword(CurrentEditor editor, @Nullable String ip, String current, String password,
			String confirmation, String code, @Nullable String keepSession) {
		UserAccount user = users.findById(editor.id()).orElseThrow(() -> new Refused("accounts.notFound"));
		String address = ip == null ? "?" : ip;
		if (!signInThrottle.pairWait(user.getEmail(), address).isZero()) {
			throw new Refused("accounts.changePassword.tooMany");
		}
		if (user.getPasswordHash() == null || !passwords.matches(current, user.getPasswordHash())) {
			if (signInThrottle.failed(user.getEmail(), address)) {
				SignInEvents.auditBlock(audit, address);
			}
			audit.record(user.getEmail(), ip, "PASSWORD_CHANGE_FAILURE", "account", String.valueOf(user.getId()),
					"Changement de mot de passe refusé : mot de passe actuel erroné", null, null);
			throw new Refused("accounts.changePassword.wrongCurrent");
		}
		if (!password.equals(confirmation)) {
			throw new Refused("accounts.password.mismatch");
		}
		Optional<String> problem = policy.check(password, user.getEmail());
		if (problem.isPresent()) {
			throw new Refused(problem.get());
		}
		if (passwords.matches(password, user.getPasswordHash())) {
			throw new Refused("accounts.changePassword.same");
		}
		if (user.hasSecondFactor()) {
			switch (secondFactors.confirm(user.getId(), code, ip)) {
				case ACCEPTED -> {
				}
				case LOCKED -> throw new Refused("accounts.changePassword.tooMany");
				default -> throw new Refused("accounts.changePassword.wrongCode");
			}
		}
		user.setPasswordHash(passwords.encode(password));
		tokens.voidAll(user.getId());
		int ended = sessions.endAll(user.getEmail(), keepSession);
		audit.record(user.getEmail(), ip, "PASSWORD_CHANGED", "account", String.valueOf(user.getId()),
				"Mot de passe changé par son titulaire"
						+ (user.hasSecondFactor() ? " (code de double authentification vérifié)" : "")
						+ " ; autres sessions fermées : " + ended,
				null, null);
		return ended;
	}

	/**
	 * Sends a reset link if the address belongs to an active account; says nothing either
	 * way (the page answers the same), and drops requests past the rate limits.
	 */
	@Transactional
	public void requestPasswordReset(String email, @Nullable String ip, Locale locale) {
		String address = UserAccount.normalise(email);
		if (address.isEmpty() || address.length() > 254) {
			return;
		}
		if (!throttles.resetRequestAllowed(ip == null ? "?" : ip, address)) {
			// dropped without an audit entry: a flood of requests must not become a flood
			// of writes
			log.info("Password reset request dropped (rate limit) from {}", ip);
			return;
		}
		Optional<UserAccount> user = users.findByEmail(address).filter(UserAccount::isEnabled);
		if (user.isEmpty()) {
			audit.record(address, ip, "PASSWORD_RESET_UNKNOWN", "account", null,
					"Demande de réinitialisation pour une adresse sans compte actif", null, null);
			return;
		}
		String token = tokens.issue(user.get().getId(), Purpose.PASSWORD_RESET, RESET_VALIDITY);
		audit.record(address, ip, "PASSWORD_RESET_REQUESTED", "account", String.valueOf(user.get().getId()),
				"Lien de réinitialisation du mot de passe envoyé", null, null);
		String link = platform.baseUrlWithoutSlash() + "/connexion/reinitialisation/" + token;
		try {
			mailer.send(mail(address, "mail.reset", locale, user.get().getDisplayName(), "", link, "60"));
		}
		catch (MailNotSent ex) {
			// the page must answer as for an unknown address; the operator sees the log
			// line
			log.warn("Password reset link to {} not sent: {}", address, ex.getMessage());
		}
	}

	private void guardLastAdministrator(UserAccount user) {
		if (user.getRole() == EditorialRole.ADMINISTRATEUR && user.isEnabled()
				&& users.countByRoleAndEnabledTrue(EditorialRole.ADMINISTRATEUR) <= 1) {
			throw new Refused("accounts.lastAdministrator");
		}
	}

	/**
	 * The message in plain text and in HTML (jte template {@code mail/link.jte}), both
	 * from the same bundle text: the link's paragraph becomes a link in HTML.
	 */
	private OutgoingMail mail(String to, String key, Locale locale, String name, String inviter, String link,
			String validity) {
		Object[] args = { name, inviter, site.name(), link, validity };
		String subject = messages.getMessage(key + ".subject", args, locale);
		String text = messages.getMessage(key + ".text", args, locale);
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		List<String> current = before;
		for (String paragraph : text.split("\n\n")) {
			if (paragraph.contains(link)) {
				before.add(paragraph.replace(link, "").strip());
				current = after;
			}
			else {
				current.add(paragraph);
			}
		}
		StringOutput html = new StringOutput();
		templates.render("mail/link.jte",
				Map.of("language", locale.getLanguage(), "siteName", site.name(), "subject", subject, "before", before,
						"link", link, "linkLabel", messages.getMessage(key + ".button", null, locale), "after", after),
				html);
		return new OutgoingMail(to, subject, text, html.toString());
	}

	private static String describe(UserAccount user) {
		return "{\"email\":\"" + user.getEmail() + "\",\"role\":\"" + user.getRole() + "\",\"enabled\":"
				+ user.isEnabled() + ",\"secondFactor\":" + user.hasSecondFactor() + "}";
	}

}
