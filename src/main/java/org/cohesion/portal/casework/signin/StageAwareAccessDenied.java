package org.cohesion.portal.casework.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * A user halfway through signing in is sent back to their stage's page; a signed-in user
 * without the permission gets a plain 403 (the page exists, their role does not open it).
 */
class StageAwareAccessDenied implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CaseworkPrincipal principal
				&& !principal.fullySignedIn()) {
			response.sendRedirect(principal.stage().page());
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Cache-Control", "no-store");
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Accès refusé – MNR</title>"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body>"
					+ "<main><h1>Accès refusé</h1><p>Votre rôle ne donne pas accès à cette page.</p>"
					+ "<p><a href=\"/mnr\">Retour à l’accueil du MNR</a></p></main></body></html>");
	}

}
