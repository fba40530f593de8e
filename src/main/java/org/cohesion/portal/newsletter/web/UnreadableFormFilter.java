package org.cohesion.portal.newsletter.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;

/**
 * The newsletter's public forms are plain URL-encoded forms; a multipart body that cannot
 * be read (cut short, no boundary, garbage) used to fail inside Spring MVC before any
 * controller, and answer 500. Read here first, it answers 400 with the site's French
 * error page. The exception is left as the error's cause so that the error page's own
 * dispatch does not try to read the body again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnreadableFormFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/newsletter/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
					new MultipartException("unreadable multipart form", ex));
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

}
