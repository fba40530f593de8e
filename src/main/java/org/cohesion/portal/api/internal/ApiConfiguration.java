package org.cohesion.portal.api.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.platform.RateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * CORS for the API (GET from the configured origins, no credentials) and its rate limit
 * per client address, checked before anything else runs for the request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration implements WebMvcConfigurer {

	static final String PREFIX = "/api/v1/";

	private final ApiProperties properties;

	ApiConfiguration(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(PREFIX + "**")
			.allowedOrigins(properties.allowedOrigins().toArray(String[]::new))
			.allowedMethods("GET", "HEAD")
			.allowedHeaders("If-None-Match", "Accept")
			.exposedHeaders("ETag", "Retry-After", "X-RateLimit-Limit")
			.allowCredentials(false)
			.maxAge(3600);
	}

	@Bean
	RateLimiter apiRateLimiter(RateLimits limits) {
		return new RateLimiter(properties.requestsPerMinute(), limits);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> apiRateLimit(RateLimiter limiter) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(PREFIX);
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				long wait = limiter.acquire(request.getRemoteAddr());
				response.setHeader("X-RateLimit-Limit", String.valueOf(limiter.limit()));
				if (wait == 0) {
					chain.doFilter(request, response);
					return;
				}
				response.setStatus(429);
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				String origin = request.getHeader(HttpHeaders.ORIGIN);
				if (origin != null && (properties.allowedOrigins().contains("*")
						|| properties.allowedOrigins().contains(origin))) {
					response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN,
							properties.allowedOrigins().contains("*") ? "*" : origin);
					response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Retry-After, X-RateLimit-Limit");
				}
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				response.getWriter()
					.write("{\"status\":429,\"error\":\"too_many_requests\",\"message\":\"Trop de requêtes\u00a0: "
							+ "réessayez dans " + wait + " secondes.\"}");
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		return registration;
	}

}
