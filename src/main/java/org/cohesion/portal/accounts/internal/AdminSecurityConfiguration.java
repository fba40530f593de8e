package org.cohesion.portal.accounts.internal;

import org.cohesion.portal.accounts.Permission;
import org.cohesion.portal.accounts.domain.UserAccountRepository;
import org.cohesion.portal.identity.SignInThrottle;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.WebSecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The back office: form sign-in with a session, CSRF on every form, every page behind a
 * permission (checked again on each action with {@code @PreAuthorize}). Runs before the
 * public site's stateless chain. Signing in goes through stages (see
 * {@link SignInStages}): password, then a second factor or its enrolment.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AdminSecurityConfiguration {

	static final String SIGN_IN = "/connexion";

	@Bean
	@Order(1)
	SecurityFilterChain backOffice(HttpSecurity http, SignInStages stages, SignInThrottle throttle,
			UserAccountRepository users, PlatformProperties platform) throws Exception {
		// relative, so that a forged Host header never makes the sign-in redirect point
		// elsewhere
		LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint(SIGN_IN);
		signInPage.setFavorRelativeUris(true);
		http.securityMatcher("/admin", "/admin/**", SIGN_IN, SIGN_IN + "/**", "/deconnexion")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(SIGN_IN, SIGN_IN + "/mot-de-passe-oublie", SIGN_IN + "/reinitialisation/*",
						SIGN_IN + "/invitation/*")
				.permitAll()
				.requestMatchers(SignInStages.CODE_PAGE)
				.hasAuthority(SignInStages.AWAITING_CODE)
				.requestMatchers(SignInStages.ENROLMENT_PAGE)
				.hasAnyAuthority(SignInStages.ENROLMENT, Permission.BACKOFFICE_ACCESS.authority())
				.anyRequest()
				.hasAuthority(Permission.BACKOFFICE_ACCESS.authority()))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(stages)
				.failureUrl(SIGN_IN + "?erreur"))
			.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new SignedInAccountCheck(users), SecurityContextHolderFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.accessDeniedHandler(stages).authenticationEntryPoint(signInPage))
			.logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessUrl(SIGN_IN + "?deconnecte"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions.policy(WebSecurityConfiguration.PERMISSIONS_POLICY))
				.frameOptions(frame -> frame.deny()));
		http.headers(headers -> WebSecurityConfiguration.strictTransport(headers, platform));
		return http.build();
	}

	/**
	 * Adaptive hashes (bcrypt by default), with the algorithm recorded so it can be
	 * raised later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
