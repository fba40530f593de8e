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
 * Reads an upload's parts before anything else does. When a file is over the limit, when
 * the body is cut short (an interrupted mobile upload) or when a file name carries a NUL
 * character, Tomcat fails the first {@code getParameter} call, which Spring Security's
 * CSRF check makes long before any controller: the editor would get Tomcat's bare "413"
 * page. Here the failure is caught and answered in French with its true reason: the
 * library page with a notice, or JSON for the upload script. Runs after the session
 * filter (the notice is a flash attribute kept in the session) and before the security
 * chain.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	/**
	 * Why Tomcat could not read the parts, from the exception's causes (Tomcat's own
	 * FileUpload classes, named rather than imported: they are internal to Tomcat): a
	 * size limit, too many parts, a file name with a NUL character, or else a body that
	 * ended before its closing boundary (an upload interrupted by the network).
	 */
	static String reason(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			if (type.contains("SizeLimitExceeded") || type.equals("SizeException")
					|| type.equals("MaxUploadSizeExceededException")) {
				return "media.refused.requestTooLarge";
			}
			if (type.contains("FileCountLimitExceeded")) {
				return "media.refused.tooManyParts";
			}
			if (type.contains("InvalidFileName")) {
				return "media.refused.badName";
			}
		}
		return "media.refused.interrupted";
	}

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
				catch (IOException | ServletException | RuntimeException ex) {
					// Tomcat 11 wraps the size error in InvalidParameterException
					refuse(request, response, reason(ex));
					return;
				}
				chain.doFilter(request, response);
			}

			private void refuse(HttpServletRequest request, HttpServletResponse response, String reason)
					throws IOException {
				String text = messages.getMessage(reason,
						new Object[] { library.properties().maxFileSize().toMegabytes() },
						locales.resolveLocale(request));
				String accept = request.getHeader("Accept");
				if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
					response.setStatus("media.refused.requestTooLarge".equals(reason) ? 413 : 400);
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
