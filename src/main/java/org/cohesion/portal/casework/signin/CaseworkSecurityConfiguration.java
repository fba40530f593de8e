package org.cohesion.portal.casework.signin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;

import javax.sql.DataSource;

import org.cohesion.portal.casework.config.CaseworkProperties;
import org.cohesion.portal.casework.staff.CaseworkPermission;
import org.cohesion.portal.platform.PlatformProperties;
import org.cohesion.portal.platform.RateLimits;
import org.cohesion.portal.platform.WebSecurityConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.DisableEncodeUrlFilter;

/**
 * The casework's security chain, for {@code /mnr/**} only and before every other chain:
 * its own users (the casework database), its own session (see
 * {@link CaseworkSessionConfiguration}), a second factor for everyone, a permission per
 * area, CSRF on every form, strict headers, and the optional allow-list of client
 * networks. Nothing of the portal's sign-in reaches here, and nothing of this reaches the
 * portal.
 */
@Configuration(proxyBeanMethods = false)
class CaseworkSecurityConfiguration {

	static final String SIGN_IN = "/mnr/connexion";

	@Bean
	CaseworkIdentity caseworkIdentity(CaseworkProperties properties, PlatformProperties platform,
			@Qualifier("caseworkDataSource") DataSource dataSource, Clock clock) {
		RateLimits limits = isPostgres(dataSource) ? RateLimits.postgres(dataSource, clock)
				: RateLimits.inMemory(clock);
		return new CaseworkIdentity(properties, platform, limits, clock);
	}

	@Bean
	CaseworkContexts caseworkContexts() {
		return new CaseworkContexts();
	}

	@Bean
	@Order(0)
	SecurityFilterChain casework(HttpSecurity http, CaseworkContexts contexts, CaseworkSignIn signIn,
			CaseworkProperties properties) throws Exception {
		http.securityMatcher("/mnr", "/mnr/**")
			.securityContext(context -> context.securityContextRepository(contexts.repository()))
			.authorizeHttpRequests(requests -> requests.requestMatchers(SIGN_IN)
				.permitAll()
				.requestMatchers(SignInStage.AWAITING_CODE.page())
				.hasAuthority(SignInStage.AWAITING_CODE.authority())
				.requestMatchers(SignInStage.ENROLMENT.page())
				.hasAuthority(SignInStage.ENROLMENT.authority())
				.requestMatchers(SignInStage.PASSWORD_CHANGE.page())
				.hasAuthority(SignInStage.PASSWORD_CHANGE.authority())
				.requestMatchers("/mnr/admin/utilisateurs", "/mnr/admin/utilisateurs/**")
				.hasAuthority(CaseworkPermission.USERS_MANAGE.authority())
				.requestMatchers("/mnr/admin/organisations", "/mnr/admin/organisations/**", "/mnr/admin/services",
						"/mnr/admin/services/**")
				.hasAuthority(CaseworkPermission.ORGANISATIONS_MANAGE.authority())
				.requestMatchers("/mnr/annuaire/capacite", "/mnr/annuaire/capacite/**")
				.hasAuthority(CaseworkPermission.CAPACITY_UPDATE.authority())
				.anyRequest()
				.hasAuthority(SignInStage.SIGNED_IN.authority()))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
						.accessDeniedHandler(new StageAwareAccessDenied()))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.logoutUrl("/mnr/deconnexion")
				.logoutSuccessUrl(SIGN_IN + "?deconnecte")
				.deleteCookies(CaseworkSessionConfiguration.COOKIE))
			.addFilterBefore(new NetworkAllowList(properties.allowedNetworks()), DisableEncodeUrlFilter.class)
			.addFilterAfter(new SignedInCaseworkerCheck(signIn, contexts), SecurityContextHolderFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(WebSecurityConfiguration.CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions
					.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()"))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the casework database", ex);
		}
	}

}
