package org.cohesion.portal.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching for public pages: a short shared cache lifetime (a reverse proxy or CDN in
 * front of several nodes can absorb traffic peaks, yet a flash info shows within a
 * minute) and an ETag computed from the body, so that a reader who comes back on a slow
 * connection gets a 304 instead of the page again. Static assets carry a content hash in
 * their URL and are cached for a year (see application.yml).
 */
@Configuration(proxyBeanMethods = false)
class HttpCachingConfiguration {

	static final String PUBLIC_PAGE_CACHE = "public, max-age=60, stale-while-revalidate=300";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> publicPageCacheControl() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if (isPublicPage(request)) {
					response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC_PAGE_CACHE);
				}
				chain.doFilter(request, response);
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !isPublicPage(request);
			}
		};
		// Weak, because the body is then compressed: Tomcat (rightly) refuses to gzip a
		// response whose strong
		// ETag names the uncompressed bytes.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

	static boolean isPublicPage(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !(path.startsWith("/admin") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/demo/") || path.startsWith("/media/"));
	}

}
