package org.cohesion.portal.platform;

import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
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

	/** No powerful browser feature is used by any page of the portal or back office. */
	public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	/**
	 * A year; once a site is served over HTTPS, browsers should never try it over HTTP.
	 */
	static final long HSTS_SECONDS = 365L * 24 * 3600;

	/**
	 * With an {@code https://} base URL, every response asks for HTTPS from now on
	 * (HSTS), whether or not TLS ends at a proxy in front of the application.
	 */
	public static void strictTransport(HeadersConfigurer<HttpSecurity> headers, PlatformProperties platform) {
		if ("https".equals(platform.baseUrl().getScheme())) {
			headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
				.maxAgeInSeconds(HSTS_SECONDS)
				.includeSubDomains(true));
		}
		else {
			headers.httpStrictTransportSecurity(hsts -> hsts.disable());
		}
	}

	/**
	 * With an {@code https://} base URL the session cookie is {@code Secure} even when
	 * TLS ends at a proxy (the application then sees plain HTTP).
	 */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(PlatformProperties platform) {
		boolean https = "https".equals(platform.baseUrl().getScheme());
		return serializer -> {
			if (https) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

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
				.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions(frame -> frame.deny()));
		http.headers(headers -> strictTransport(headers, platform));
		return http.build();
	}

}
