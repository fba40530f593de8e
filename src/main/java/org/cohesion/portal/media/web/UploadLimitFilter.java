package org.cohesion.portal.media.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohesion.portal.media.internal.MediaLibrary;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Reads an upload's parts before anything else does. When a file is over the limit,
 * Tomcat fails the first {@code getParameter} call, which Spring Security's CSRF check
 * makes long before any controller: the editor would get Tomcat's bare "413" page. Here
 * the failure is caught and answered in French: the library page with a notice, or JSON
 * for the upload script. Runs after the session filter (the notice is a flash attribute
 * kept in the session) and before the security chain.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> mediaUploadLimit(MessageSource messages, MediaLibrary library,
			org.springframework.web.servlet.LocaleResolver locales) {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				String type = request.getContentType();
				return !"POST".equals(request.getMethod()) || type == null
						|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
						|| !request.getRequestURI().startsWith(request.getContextPath() + "/admin/medias");
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				try {
					request.getParts();
				}
				catch (IllegalStateException | IOException | ServletException ex) {
					refuse(request, response);
					return;
				}
				catch (RuntimeException ex) {
					// Tomcat 11 wraps the size error in InvalidParameterException
					refuse(request, response);
					return;
				}
				chain.doFilter(request, response);
			}

			private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
				String text = messages.getMessage("media.refused.requestTooLarge",
						new Object[] { library.properties().maxFileSize().toMegabytes() },
						locales.resolveLocale(request));
				String accept = request.getHeader("Accept");
				if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
					response.setStatus(413);
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.setCharacterEncoding(StandardCharsets.UTF_8.name());
					response.getWriter()
						.write("{\"results\":[{\"ok\":false,\"message\":\""
								+ text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}]}");
					return;
				}
				FlashMap flash = new FlashMap();
				flash.put("alert", text);
				flash.setTargetRequestPath(request.getContextPath() + "/admin/medias");
				new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
				response.setStatus(HttpServletResponse.SC_SEE_OTHER);
				response.setHeader("Location", request.getContextPath() + "/admin/medias");
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		// After Spring Session's filter (Integer.MIN_VALUE + 50), before Spring Security
		// (-100).
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
		return registration;
	}

}
