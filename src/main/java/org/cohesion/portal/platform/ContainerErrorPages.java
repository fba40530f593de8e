package org.cohesion.portal.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The French page for the errors Tomcat answers by itself, before any filter or
 * controller runs: a request line or path it cannot parse ({@code %00}, an invalid
 * escape), headers or an address too long (a 10,000-character search). Without it, these
 * get Tomcat's English "HTTP Status 400" page. Every other error goes through the
 * application's own error pages; this one only ever writes when nothing else has.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorPages {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> frenchContainerErrorPages(SiteProperties site) {
		FrenchErrorReportValve valve = new FrenchErrorReportValve(site.name());
		return factory -> factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				// the host adds its error valve at start unless one of this class is
				// there
				host.setErrorReportValveClass(FrenchErrorReportValve.class.getName());
				host.getPipeline().addValve(valve);
			}
		});
	}

	/**
	 * Writes a short, self-contained French page; never a stack trace or server version.
	 */
	static final class FrenchErrorReportValve extends ErrorReportValve {

		private final String institution;

		FrenchErrorReportValve(String institution) {
			this.institution = institution;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(false);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'");
				response.setHeader("Content-Language", "fr");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(page(status));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response cannot be written: nothing more to
				// say
			}
		}

		String page(int status) {
			boolean clientError = status < 500;
			return PlainErrorPage.html(institution,
					clientError ? "Requête incorrecte" : "Service momentanément indisponible",
					clientError
							? "L’adresse demandée est mal formée ou trop longue. Vérifiez-la, ou repartez de la page d’accueil."
							: "Le serveur n’a pas pu répondre. Réessayez dans quelques instants.",
					status);
		}

	}

}
