package org.cohesion.portal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

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

			@Override
			protected String generateETagHeaderValue(InputStream body, boolean isWeak) throws IOException {
				return etag(body, isWeak);
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

	/**
	 * The ETag of a body: two CRCs of it (CRC-32C and CRC-32, 64 bits together) instead
	 * of the MD5 Spring computes by default, which was a quarter of a home page's CPU
	 * once its reads were kept (JFR, docs/PERFORMANCE.md). An ETag only has to change
	 * when the body of the same address changes, for the reader's own cache; nothing here
	 * is a secret or chosen by someone else, so a cryptographic digest buys nothing. Both
	 * CRCs are intrinsics of the JVM.
	 */
	static String etag(InputStream body, boolean isWeak) throws IOException {
		CRC32C crc32c = new CRC32C();
		CRC32 crc32 = new CRC32();
		byte[] buffer = new byte[8192];
		for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
			crc32c.update(buffer, 0, read);
			crc32.update(buffer, 0, read);
		}
		String hash = HexFormat.of().toHexDigits((crc32c.getValue() << 32) | crc32.getValue());
		return (isWeak ? "W/\"" : "\"") + hash + "\"";
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
