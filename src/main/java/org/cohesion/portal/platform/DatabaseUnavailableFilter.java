package org.cohesion.portal.platform;

import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached, a short French 503 page — written here, outermost,
 * because the usual error page would itself ask the database (the site's frame, a
 * session) and wait on the dead pool again. The wait is bounded by the pool's connection
 * timeout ({@code PORTAL_DB_CONNECTION_TIMEOUT}, one second by default); the pool
 * reconnects by itself when the database is back. Pages in the page cache keep being
 * served meanwhile.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final String institution;

	DatabaseUnavailableFilter(String institution) {
		this.institution = institution;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!databaseUnreachable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable, answered 503 for {} {}: {}", request.getMethod(), request.getRequestURI(),
					rootMessage(ex));
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", "30");
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader("Content-Language", "fr");
			response.getWriter()
				.write(PlainErrorPage.html(institution, "Service momentanément indisponible",
						"Le site ne peut pas consulter sa base de données pour le moment. Réessayez dans quelques minutes\u00a0: "
								+ "rien de ce qui était enregistré n’est perdu.",
						503));
		}
	}

	static boolean databaseUnreachable(@Nullable Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
					|| cause instanceof SQLRecoverableException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static String rootMessage(Throwable error) {
		Throwable root = error;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName();
	}

}
