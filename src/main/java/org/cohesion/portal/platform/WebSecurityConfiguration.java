package org.cohesion.portal.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the public site: anonymous, stateless (no session cookie for readers, so
 * pages cache well), and strict headers. The Content-Security-Policy allows nothing from
 * another origin: the portal serves all of its own styles, scripts, fonts and images.
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/** Last: the back office's chain (accounts module) takes its own paths first. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityFilterChain publicSite(HttpSecurity http, PlatformProperties platform) throws Exception {
		// Behind HTTPS, any stray http:// reference is upgraded; on http://localhost that
		// would break the page.
		String csp = "https".equals(platform.baseUrl().getScheme())
				? CONTENT_SECURITY_POLICY + "; upgrade-insecure-requests" : CONTENT_SECURITY_POLICY;
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			// Without a session there is no CSRF token to check: the newsletter's public
			// forms
			// carry a signed form token and check Origin/Referer instead, and its links
			// are
			// signed (see the newsletter module and docs/SECURITY.md).
			.csrf(csrf -> csrf.ignoringRequestMatchers("/newsletter/**"))
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.contentSecurityPolicy(policy -> policy.policyDirectives(csp))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(permissions -> permissions
					.policy("camera=(), microphone=(), geolocation=(), interest-cohort=()"))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
