package org.cohesion.portal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Redirects never carry the request's Host header, and the back office's security headers
 * with an {@code https://} base URL (the tests' one): through MockMvc and through the
 * real Tomcat with a raw HTTP/1.1 request (an HTTP client library would not send a forged
 * Host).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
class HostAndHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	String raw(String method, String path, String host) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
		}
	}

	@Test
	void aForgedHostHeaderNeverReachesALocationHeaderThroughMockMvc() throws Exception {
		mvc.perform(get("/admin").header("Host", "evil.example")).andExpect(redirectedUrl("/connexion"));
		mvc.perform(get("/admin/actualites").header("Host", "evil.example")).andExpect(redirectedUrl("/connexion"));
	}

	@Test
	void aForgedHostHeaderNeverReachesALocationHeaderThroughTomcat() throws Exception {
		for (String path : new String[] { "/admin", "/admin/comptes", "/deconnexion" }) {
			String head = raw("GET", path, "evil.example");
			assertThat(head).as(path).startsWith("HTTP/1.1 302").doesNotContain("evil.example");
			assertThat(head).containsPattern("(?im)^Location: /connexion");
		}
	}

	@Test
	void backOfficeResponsesCarryPermissionsPolicyHstsAndASecureSessionCookie() throws Exception {
		mvc.perform(get("/connexion"))
			.andExpect(header().string("Permissions-Policy", WebSecurityConfiguration.PERMISSIONS_POLICY))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
		String head = raw("GET", "/connexion", "localhost");
		assertThat(head).startsWith("HTTP/1.1 200")
			.contains("Permissions-Policy: camera=()")
			.as("HSTS although this request came over plain HTTP: TLS ends at the proxy")
			.contains("Strict-Transport-Security: max-age=31536000");
		assertThat(head).containsPattern("(?im)^Set-Cookie: SESSION=[^\\r\\n]*; Secure");
	}

}
