package org.cohesion.portal.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cohesion.portal.accounts.domain.AccountToken.Purpose;
import org.cohesion.portal.accounts.domain.UserAccount;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.accounts.internal.AccountTokens;
import org.cohesion.portal.accounts.internal.SecondFactors;
import org.cohesion.portal.identity.Totp;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.mail.Outbox;
import org.cohesion.portal.platform.RateLimits;
import org.cohesion.portal.mail.OutboxMessage;
import org.cohesion.portal.testing.IntegrationTest;
import org.cohesion.portal.testing.SessionCookies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountsFlowTests {

	static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	AccountTokens tokens;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	RateLimits rateLimits;

	static int ipCounter = 1;

	/**
	 * Each test signs in from its own address, so the per-IP limit of one does not leak
	 * into another.
	 */
	String ip;

	@BeforeEach
	void setUp() {
		jdbc.update("delete from accounts_token");
		jdbc.update("delete from accounts_recovery_code");
		jdbc.update("delete from accounts_user");
		rateLimits.forgetAll();
		ip = "10.9.0." + (ipCounter++);
	}

	UserAccount account(String email, EditorialRole role, String secret) {
		UserAccount saved = transactions.execute(status -> {
			UserAccount user = new UserAccount(email, "Compte " + role, role, java.time.Clock.systemUTC());
			user.setPasswordHash(passwords.encode(PASSWORD));
			return users.save(user);
		});
		if (secret != null) {
			secondFactors.enrolKnownSecret(saved.getId(), secret);
		}
		return users.findById(saved.getId()).orElseThrow();
	}

	RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	MockHttpSession password(String email, String password, String expectedRedirect) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/connexion").session(session)
			.with(csrf())
			.with(from(ip))
			.param("email", email)
			.param("password", password)).andExpect(redirectedUrl(expectedRedirect));
		return session;
	}

	String currentCode(String secret) {
		return Totp.code(secret, Totp.step(Instant.now()));
	}

	MockHttpSession signIn(String email, String secret) throws Exception {
		MockHttpSession session = password(email, PASSWORD, "/connexion/code");
		mvc.perform(
				post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", currentCode(secret)))
			.andExpect(redirectedUrl("/admin"));
		return session;
	}

	/** A class of "an earlier release": serialized, then renamed in the stream. */
	record EarlierRelease(String value) implements java.io.Serializable {
	}

	@Test
	void aSessionWrittenByAnEarlierReleaseSignsItsHolderInAgainInsteadOfFailing() throws Exception {
		String secret = Totp.newSecret();
		account("ancienne.version@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession session = signIn("ancienne.version@test.ci", secret);
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());

		// the stored security context now names a class this release no longer has
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
			out.writeObject(new EarlierRelease("principal"));
		}
		byte[] stale = new String(bytes.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)
			.replace("EarlierRelease", "EarlierRelabel")
			.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(jdbc.update("update spring_session_attributes set attribute_bytes = ? where attribute_name = "
				+ "'SPRING_SECURITY_CONTEXT' and session_primary_id in (select primary_id from spring_session where "
				+ "principal_name = ?)", stale, "ancienne.version@test.ci"))
			.isEqualTo(1);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> new org.springframework.core.serializer.support.DeserializingConverter().convert(stale))
			.as("Spring's own reading fails on it")
			.isInstanceOf(org.springframework.core.serializer.support.SerializationFailedException.class);

		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void administratorSignsInWithPasswordThenTotpCode() throws Exception {
		String secret = Totp.newSecret();
		account("admin@test.ci", EditorialRole.ADMINISTRATEUR, secret);

		MockHttpSession session = password("admin@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(get("/admin").session(session))
			.andExpect(redirectedUrl("/connexion/code"))
			.andDo(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
		String html = mvc.perform(get("/connexion/code").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Code de vérification").contains("autocomplete=\"one-time-code\"");

		Object idBefore = session.getAttribute(SessionCookies.REMEMBERED);
		mvc.perform(
				post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", currentCode(secret)))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		mvc.perform(get("/admin/comptes").session(session)).andExpect(status().isOk());
		assertThat(session.getAttribute(SessionCookies.REMEMBERED)).as("the session id changes once signed in")
			.isNotNull()
			.isNotEqualTo(idBefore);
	}

	@Test
	void wrongCodeIsRefusedAndTheSameCodeCannotBeUsedTwice() throws Exception {
		String secret = Totp.newSecret();
		account("editeur@test.ci", EditorialRole.EDITEUR, secret);
		MockHttpSession session = password("editeur@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", "000000"))
			.andExpect(redirectedUrl("/connexion/code?erreur"));
		String code = currentCode(secret);
		mvc.perform(post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", code))
			.andExpect(redirectedUrl("/admin"));

		MockHttpSession again = password("editeur@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(post("/connexion/code").session(again).with(csrf()).with(from(ip)).param("code", code))
			.andExpect(redirectedUrl("/connexion/code?erreur"));
	}

	@Test
	void wrongCodesAreThrottledPerAccountAndEndTheHalfOpenSession() throws Exception {
		String secret = Totp.newSecret();
		account("distrait@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession session = password("distrait@test.ci", PASSWORD, "/connexion/code");
		for (int i = 0; i < SignInThrottle.CODE_FREE_TRIES - 1; i++) {
			mvc.perform(post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", "000000"))
				.andExpect(redirectedUrl("/connexion/code?erreur"));
		}
		mvc.perform(post("/connexion/code").session(session).with(csrf()).with(from(ip)).param("code", "000000"))
			.andExpect(redirectedUrl("/connexion?attendre=3"));
		assertThat(session.getAttribute(SessionCookies.REMEMBERED)).as("the session has ended").isNull();
		ip = "10.9.150.1";
		MockHttpSession next = password("distrait@test.ci", PASSWORD, "/connexion/code");
		// codes stay closed for a while, even the right one: whoever typed the wrong ones
		// knew the password
		mvc.perform(
				post("/connexion/code").session(next).with(csrf()).with(from(ip)).param("code", currentCode(secret)))
			.andExpect(redirectedUrl("/connexion?attendre=3"));
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'SIGN_IN_SECOND_FACTOR_FAILURE' and actor = ?",
				Long.class, "distrait@test.ci"))
			.isEqualTo(SignInThrottle.CODE_FREE_TRIES);
	}

	@Test
	void fiveWrongPasswordsSlowThatAddressDownButTheOwnerSignsInFromAnother() throws Exception {
		account("proprietaire@test.ci", EditorialRole.REDACTEUR, null);
		for (int i = 0; i < SignInThrottle.PAIR_FREE_TRIES; i++) {
			password("proprietaire@test.ci", "mauvais mot de passe", "/connexion?erreur");
		}
		password("proprietaire@test.ci", PASSWORD, "/connexion?attendre=1");
		ip = "10.9.160.1";
		password("proprietaire@test.ci", PASSWORD, "/admin");
	}

	@Test
	void aThrottledSignInSaysHowLongToWaitAndTheSameForAnAddressWithoutAccount() throws Exception {
		account("presse@test.ci", EditorialRole.REDACTEUR, null);
		for (int i = 0; i < SignInThrottle.PAIR_FREE_TRIES; i++) {
			password("presse@test.ci", "mauvais mot de passe", "/connexion?erreur");
			password("personne.inconnue@test.ci", "mauvais mot de passe", "/connexion?erreur");
		}
		password("presse@test.ci", PASSWORD, "/connexion?attendre=1");
		password("personne.inconnue@test.ci", PASSWORD, "/connexion?attendre=1");
		String page = mvc.perform(get("/connexion?attendre=1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Trop d’essais de connexion", "patientez environ une minute avant de réessayer")
			.doesNotContain("Adresse électronique ou mot de passe incorrect");
		assertThat(mvc.perform(get("/connexion?attendre=25")).andReturn().getResponse().getContentAsString())
			.contains("patientez environ 25 minutes");
		assertThat(mvc.perform(get("/connexion?attendre=<b>")).andReturn().getResponse().getContentAsString())
			.doesNotContain("Trop d’essais");
	}

	@Test
	void editorWithoutSecondFactorIsSentToEnrolmentAndCannotOpenTheBackOffice() throws Exception {
		account("nouvel.editeur@test.ci", EditorialRole.EDITEUR, null);
		MockHttpSession session = password("nouvel.editeur@test.ci", PASSWORD, "/admin/compte/double-authentification");

		mvc.perform(get("/admin/actualites").session(session))
			.andExpect(redirectedUrl("/admin/compte/double-authentification"));
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/compte/double-authentification"));
		String html = mvc.perform(get("/admin/compte/double-authentification").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("src=\"data:image/svg+xml;base64,").doesNotContain("style=");
		assertThat(html).doesNotContain("href=\"/admin/actualites\"");
	}

	@Test
	void enrolmentThenRecoveryCodeWorksOnlyOnce() throws Exception {
		account("redacteur.prudent@test.ci", EditorialRole.EDITEUR, null);
		MockHttpSession session = password("redacteur.prudent@test.ci", PASSWORD,
				"/admin/compte/double-authentification");
		String enrolment = mvc.perform(get("/admin/compte/double-authentification").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The secret as a person would type it from the page into their authenticator
		// app.
		java.util.regex.Matcher shown = java.util.regex.Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>")
			.matcher(enrolment);
		assertThat(shown.find()).isTrue();
		String secret = shown.group(1).replace(" ", "");

		mvc.perform(post("/admin/compte/double-authentification").session(session)
			.with(csrf())
			.param("code", "123456")
			.with(from(ip))).andExpect(status().isOk());
		String html = mvc
			.perform(post("/admin/compte/double-authentification").session(session)
				.with(csrf())
				.param("code", currentCode(secret)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = new ArrayList<>();
		Matcher matcher = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(html);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		assertThat(codes).hasSize(10);
		mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		List<String> hashes = jdbc.queryForList("select code_hash from accounts_recovery_code", String.class);
		assertThat(hashes).as("only salted adaptive hashes are stored")
			.hasSize(10)
			.allMatch(h -> h.startsWith("{bcrypt}"));
		assertThat(hashes).anyMatch(h -> passwords.matches(codes.get(0).replace("-", ""), h));
		assertThat(jdbc.queryForObject("select totp_secret from accounts_user where email = ?", String.class,
				"redacteur.prudent@test.ci"))
			.as("the TOTP secret is stored sealed, never in clear")
			.startsWith("aead1:")
			.doesNotContain(secret);

		MockHttpSession next = password("redacteur.prudent@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(post("/connexion/code").session(next).with(csrf()).with(from(ip)).param("code", codes.get(0)))
			.andExpect(redirectedUrl("/admin"));
		MockHttpSession third = password("redacteur.prudent@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(post("/connexion/code").session(third).with(csrf()).with(from(ip)).param("code", codes.get(0)))
			.andExpect(redirectedUrl("/connexion/code?erreur"));
	}

	@Test
	void manyFailuresFromOneAddressLetAColleagueWithASecondFactorInButNotAPasswordAlone() throws Exception {
		String secret = Totp.newSecret();
		account("collegue@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		account("cible@test.ci", EditorialRole.REDACTEUR, null);
		for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT_PER_15_MINUTES; i++) {
			password("personne" + i + "@test.ci", "mauvais mot de passe", "/connexion?erreur");
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'SIGN_IN_IP_BLOCKED' and ip = ?", Long.class, ip))
			.isEqualTo(1);
		signIn("collegue@test.ci", secret);
		password("cible@test.ci", PASSWORD, "/connexion?erreur");
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'SIGN_IN_REFUSED_UNDER_ATTACK' and actor = ?",
				Long.class, "cible@test.ci"))
			.isEqualTo(1);
		ip = "10.9.200.1";
		password("cible@test.ci", PASSWORD, "/admin");
	}

	@Test
	void aPasswordResetEndsEveryOpenSessionOfTheAccountAndVoidsItsOtherLinks() throws Exception {
		UserAccount user = account("pressee@test.ci", EditorialRole.REDACTEUR, null);
		MockHttpSession open = password("pressee@test.ci", PASSWORD, "/admin");
		mvc.perform(get("/admin").session(open)).andExpect(status().isOk());
		assertThat(sessionsOf("pressee@test.ci")).isEqualTo(1);

		String older = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(1)));
		String newer = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(1)));
		// issuing a link voids the older one
		mvc.perform(get("/connexion/reinitialisation/" + older)).andExpect(status().isGone());
		String third = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.INVITATION, Duration.ofHours(1)));
		mvc.perform(get("/connexion/reinitialisation/" + newer)).andExpect(status().isGone());
		String newPassword = "un nouveau mot de passe";
		String fourth = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(1)));
		mvc.perform(post("/connexion/reinitialisation/" + fourth).with(csrf())
			.param("password", newPassword)
			.param("confirmation", newPassword)).andExpect(redirectedUrl("/connexion?reinitialise"));

		assertThat(sessionsOf("pressee@test.ci")).isZero();
		mvc.perform(get("/admin").session(open)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/actualites").session(open))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(302));
		mvc.perform(get("/connexion/invitation/" + third)).andExpect(status().isGone());
		password("pressee@test.ci", newPassword, "/admin");
	}

	@Test
	void aRoleChangeOrASecondFactorResetEndsTheAccountsSessions() throws Exception {
		String secret = Totp.newSecret();
		account("patron@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession admin = signIn("patron@test.ci", secret);
		String editorSecret = Totp.newSecret();
		UserAccount editor = account("promu@test.ci", EditorialRole.EDITEUR, editorSecret);
		signIn("promu@test.ci", editorSecret);
		assertThat(sessionsOf("promu@test.ci")).isEqualTo(1);
		mvc.perform(post("/admin/comptes/" + editor.getId() + "/role").session(admin)
			.with(csrf())
			.param("role", "REDACTEUR")).andExpect(redirectedUrl("/admin/comptes"));
		assertThat(sessionsOf("promu@test.ci")).isZero();

		ip = "10.9.170.1";
		account("remis@test.ci", EditorialRole.EDITEUR, editorSecret);
		UserAccount reset = users.findByEmail("remis@test.ci").orElseThrow();
		signIn("remis@test.ci", editorSecret);
		mvc.perform(post("/admin/comptes/" + reset.getId() + "/double-authentification").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/comptes"));
		assertThat(sessionsOf("remis@test.ci")).isZero();
		assertThat(sessionsOf("patron@test.ci")).as("the administrator's own session stays").isEqualTo(1);
	}

	@Test
	void aSignedInEditorChangesTheirPasswordWithTheCurrentOneAndACodeAndTheirOtherSessionsEnd() throws Exception {
		String secret = Totp.newSecret();
		UserAccount user = account("changeant@test.ci", EditorialRole.EDITEUR, secret);
		// three codes of steps in increasing order (each step is accepted once)
		MockHttpSession elsewhere = password("changeant@test.ci", PASSWORD, "/connexion/code");
		mvc.perform(post("/connexion/code").session(elsewhere)
			.with(csrf())
			.with(from(ip))
			.param("code", Totp.code(secret, Totp.step(Instant.now()) - 1))).andExpect(redirectedUrl("/admin"));
		MockHttpSession here = signIn("changeant@test.ci", secret);
		assertThat(sessionsOf("changeant@test.ci")).isEqualTo(2);
		String link = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.PASSWORD_RESET, Duration.ofHours(1)));
		assertThat(html(get("/admin/compte/mot-de-passe").session(here))).contains("Mot de passe actuel",
				"Code de double authentification", "href=\"/admin/compte/mot-de-passe\"");

		String chosen = "une phrase de passe toute neuve";
		assertThat(change(here, "pas le bon", chosen, chosen, "000000", 422))
			.contains("Le mot de passe actuel est incorrect");
		assertThat(change(here, PASSWORD, chosen, "une autre phrase encore", "000000", 422))
			.contains("ne sont pas identiques");
		assertThat(change(here, PASSWORD, "court", "court", "000000", 422)).contains("au moins 12 caractères");
		assertThat(change(here, PASSWORD, chosen, chosen, "000000", 422))
			.contains("Le code de double authentification est incorrect");
		assertThat(passwords.matches(PASSWORD, users.findById(user.getId()).orElseThrow().getPasswordHash()))
			.as("nothing changed yet")
			.isTrue();
		assertThat(sessionsOf("changeant@test.ci")).isEqualTo(2);

		mvc.perform(post("/admin/compte/mot-de-passe").session(here)
			.with(csrf())
			.with(from(ip))
			.param("current", PASSWORD)
			.param("password", chosen)
			.param("confirmation", chosen)
			.param("code", Totp.code(secret, Totp.step(Instant.now()) + 1)))
			.andExpect(redirectedUrl("/admin/compte/mot-de-passe"));
		assertThat(html(get("/admin/compte/mot-de-passe").session(here)))
			.contains("Votre mot de passe est changé. Votre autre session ouverte est fermée.");
		assertThat(sessionsOf("changeant@test.ci")).isEqualTo(1);
		mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
		mvc.perform(get("/admin").session(elsewhere)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/connexion/reinitialisation/" + link)).andExpect(status().isGone());
		assertThat(
				jdbc.queryForObject("select count(*) from audit_entry where action = 'PASSWORD_CHANGED' and actor = ?",
						Long.class, "changeant@test.ci"))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject(
				"select count(*) from audit_entry where action = 'PASSWORD_CHANGE_FAILURE' and actor = ?", Long.class,
				"changeant@test.ci"))
			.isEqualTo(1);

		ip = "10.9.180.1";
		password("changeant@test.ci", PASSWORD, "/connexion?erreur");
		password("changeant@test.ci", chosen, "/connexion/code");
	}

	@Test
	void aWriterWithoutSecondFactorChangesTheirPasswordAndWrongCurrentPasswordsAreSlowedDown() throws Exception {
		account("plume@test.ci", EditorialRole.REDACTEUR, null);
		MockHttpSession session = password("plume@test.ci", PASSWORD, "/admin");
		assertThat(html(get("/admin/compte/mot-de-passe").session(session))).contains("Mot de passe actuel")
			.doesNotContain("Code de double authentification");
		String chosen = "mon encre ne sèche jamais";
		mvc.perform(post("/admin/compte/mot-de-passe").session(session)
			.with(csrf())
			.with(from(ip))
			.param("current", PASSWORD)
			.param("password", chosen)
			.param("confirmation", chosen)).andExpect(redirectedUrl("/admin/compte/mot-de-passe"));
		for (int i = 0; i < SignInThrottle.PAIR_FREE_TRIES; i++) {
			assertThat(change(session, "pas le bon", "encore une autre phrase", "encore une autre phrase", "", 422))
				.contains("Le mot de passe actuel est incorrect");
		}
		assertThat(change(session, chosen, "encore une autre phrase", "encore une autre phrase", "", 422))
			.contains("Trop d’essais");
		assertThat(passwords.matches(chosen, users.findByEmail("plume@test.ci").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	String change(MockHttpSession session, String current, String chosen, String confirmation, String code, int status)
			throws Exception {
		return mvc
			.perform(post("/admin/compte/mot-de-passe").session(session)
				.with(csrf())
				.with(from(ip))
				.param("current", current)
				.param("password", chosen)
				.param("confirmation", confirmation)
				.param("code", code))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	long sessionsOf(String email) {
		return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class, email);
	}

	@Test
	void invitationLinkLetsThePersonChooseAPasswordOnceThenSignIn() throws Exception {
		String secret = Totp.newSecret();
		account("chef@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession admin = signIn("chef@test.ci", secret);

		mvc.perform(post("/admin/comptes/invitation").session(admin)
			.with(csrf())
			.param("email", "Awa.Kone@Test.ci")
			.param("displayName", "Awa Koné")
			.param("role", "REDACTEUR")).andExpect(redirectedUrl("/admin/comptes"));
		String list = mvc.perform(get("/admin/comptes").session(admin)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("awa.kone@test.ci").contains("Invitation envoyée");

		OutboxMessage mail = outbox.latest(1).get(0);
		assertThat(mail.to()).isEqualTo("awa.kone@test.ci");
		mvc.perform(get("/admin/courriels").session(admin))
			.andExpect(status().isOk())
			.andDo(r -> assertThat(r.getResponse().getContentAsString()).contains(mail.subject()));
		Matcher link = Pattern.compile("https?://[^/\\s]+(/connexion/invitation/[A-Za-z0-9_-]+)").matcher(mail.text());
		assertThat(link.find()).as(mail.text()).isTrue();
		String path = link.group(1);
		assertThat(mail.html()).contains("<a href=\"" + link.group() + "\">Choisir mon mot de passe</a>")
			.contains("Awa Koné");
		mvc.perform(get("/admin/courriels/" + mail.id()).session(admin))
			.andExpect(status().isOk())
			.andDo(r -> assertThat(r.getResponse().getContentAsString()).contains(path));

		mvc.perform(get(path)).andExpect(status().isOk());
		String weak = mvc.perform(post(path).with(csrf()).param("password", "court").param("confirmation", "court"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(weak).contains("au moins 12 caractères");
		mvc.perform(post(path).with(csrf()).param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/connexion?bienvenue"));

		password("awa.kone@test.ci", PASSWORD, "/admin");
		String reused = mvc.perform(get(path))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reused).contains("Ce lien n’est plus valable");
	}

	@Test
	void expiredResetLinkIsRefusedWithAFrenchMessage() throws Exception {
		UserAccount user = account("oubli@test.ci", EditorialRole.REDACTEUR, null);
		String token = transactions
			.execute(status -> tokens.issue(user.getId(), Purpose.PASSWORD_RESET, Duration.ofMinutes(-1)));
		String html = mvc.perform(get("/connexion/reinitialisation/" + token))
			.andExpect(status().isGone())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Ce lien n’est plus valable\u00a0: il a déjà servi ou il a expiré.");
		mvc.perform(post("/connexion/reinitialisation/" + token).with(csrf())
			.param("password", "un tout autre mot de passe")
			.param("confirmation", "un tout autre mot de passe")).andExpect(status().isGone());
		password("oubli@test.ci", PASSWORD, "/admin");
	}

	@Test
	void passwordResetAnswersTheSameForAnUnknownAddressAndWorksForAKnownOne() throws Exception {
		account("connu@test.ci", EditorialRole.REDACTEUR, null);
		int before = outbox.latest(1000).size();
		String unknown = mvc.perform(
				post("/connexion/mot-de-passe-oublie").with(csrf()).with(from(ip)).param("email", "inconnu@test.ci"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String known = mvc
			.perform(post("/connexion/mot-de-passe-oublie").with(csrf()).with(from(ip)).param("email", "connu@test.ci"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutCsrf(known)).isEqualTo(withoutCsrf(unknown));
		assertThat(outbox.latest(1000)).hasSize(before + 1);

		OutboxMessage mail = outbox.latest(1).get(0);
		assertThat(mail.to()).isEqualTo("connu@test.ci");
		Matcher link = Pattern.compile("(/connexion/reinitialisation/[A-Za-z0-9_-]+)").matcher(mail.text());
		assertThat(link.find()).as(mail.text()).isTrue();
		String newPassword = "un nouveau mot de passe";
		mvc.perform(post(link.group(1)).with(csrf()).param("password", newPassword).param("confirmation", newPassword))
			.andExpect(redirectedUrl("/connexion?reinitialise"));
		password("connu@test.ci", newPassword, "/admin");
		password("connu@test.ci", PASSWORD, "/connexion?erreur");
	}

	@Test
	void resetRequestsForOneAddressAreLimitedToThreeAnHour() throws Exception {
		account("harcele@test.ci", EditorialRole.REDACTEUR, null);
		int before = outbox.latest(1000).size();
		for (int i = 0; i < 5; i++) {
			ip = "10.9.100." + i;
			mvc.perform(post("/connexion/mot-de-passe-oublie").with(csrf())
				.with(from(ip))
				.param("email", "harcele@test.ci")).andExpect(status().isOk());
		}
		assertThat(outbox.latest(1000)).hasSize(before + 3);
	}

	@Test
	void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() throws Exception {
		String secret = Totp.newSecret();
		UserAccount admin = account("seul.admin@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession session = signIn("seul.admin@test.ci", secret);

		mvc.perform(post("/admin/comptes/" + admin.getId() + "/desactiver").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/comptes"))
			.andExpect(r -> assertThat((String) r.getFlashMap().get("alert")).contains("dernier administrateur"));
		mvc.perform(post("/admin/comptes/" + admin.getId() + "/role").session(session)
			.with(csrf())
			.param("role", "EDITEUR"));
		UserAccount after = users.findById(admin.getId()).orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRole()).isEqualTo(EditorialRole.ADMINISTRATEUR);

		UserAccount other = account("autre.admin@test.ci", EditorialRole.ADMINISTRATEUR, Totp.newSecret());
		mvc.perform(post("/admin/comptes/" + other.getId() + "/desactiver").session(session).with(csrf()))
			.andExpect(r -> assertThat((String) r.getFlashMap().get("notice")).contains("désactivé"));
		assertThat(users.findById(other.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(
				jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_DISABLED'", Long.class))
			.isPositive();
	}

	@Test
	void disablingAnAccountEndsItsSessionAtTheNextRequest() throws Exception {
		UserAccount writer = account("sortant@test.ci", EditorialRole.REDACTEUR, null);
		MockHttpSession writerSession = password("sortant@test.ci", PASSWORD, "/admin");
		mvc.perform(get("/admin").session(writerSession)).andExpect(status().isOk());

		String secret = Totp.newSecret();
		account("responsable@test.ci", EditorialRole.ADMINISTRATEUR, secret);
		MockHttpSession admin = signIn("responsable@test.ci", secret);
		mvc.perform(post("/admin/comptes/" + writer.getId() + "/desactiver").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/comptes"));

		assertThat(sessionsOf("sortant@test.ci")).as("the session has ended").isZero();
		mvc.perform(get("/admin").session(writerSession)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/admin/actualites").session(writerSession))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/connexion"));
		password("sortant@test.ci", PASSWORD, "/connexion?erreur");
	}

	@Test
	void aRedacteurCannotManageAccounts() throws Exception {
		account("redacteur@test.ci", EditorialRole.REDACTEUR, null);
		UserAccount editor = account("victime@test.ci", EditorialRole.EDITEUR, Totp.newSecret());
		MockHttpSession session = password("redacteur@test.ci", PASSWORD, "/admin");

		mvc.perform(get("/admin/comptes").session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/courriels").session(session)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/comptes/" + editor.getId() + "/desactiver").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/comptes/" + editor.getId() + "/role").session(session)
			.with(csrf())
			.param("role", "REDACTEUR")).andExpect(status().isForbidden());
		UserAccount after = users.findById(editor.getId()).orElseThrow();
		assertThat(after.isEnabled()).isTrue();
		assertThat(after.getRole()).isEqualTo(EditorialRole.EDITEUR);
	}

	static String withoutCsrf(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
