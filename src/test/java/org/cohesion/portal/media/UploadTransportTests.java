package org.cohesion.portal.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.RequiresServices;
import org.cohesion.portal.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads that Tomcat itself cannot read, sent byte by byte over a socket to the embedded
 * server (MockMvc never parses a multipart body): each gets its true reason in French,
 * not "too large".
 */
@Tag("integration")
@ExtendWith(RequiresServices.PostgresqlCondition.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "portal.demo.enabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
class UploadTransportTests {

	static final String BOUNDARY = "----portal-test-boundary";

	@LocalServerPort
	int port;

	@Test
	void aNulInAFileNameIsNamedAsTheReason() throws Exception {
		byte[] body = part("photo\u0000.jpg", TestImages.jpeg(64, 48), true);

		String answer = send(body, body.length);

		assertThat(answer).startsWith("HTTP/1.1 400").contains("caractère interdit").doesNotContain("taille");
	}

	@Test
	void aBodyCutShortIsAnInterruptedUploadNotATooLargeOne() throws Exception {
		byte[] body = part("photo.jpg", TestImages.jpeg(400, 300), true);
		byte[] half = java.util.Arrays.copyOf(body, body.length / 2);

		// What a proxy forwards of a phone upload that lost its connection: the body
		// stops
		// in the middle of the file, before the closing boundary.
		String answer = send(half, half.length);

		assertThat(answer).startsWith("HTTP/1.1 400").contains("interrompu").doesNotContain("taille");

		// Fewer bytes than announced, then the end of the stream: Tomcat answers with the
		// site's "bad request" page itself, not a size error either.
		assertThat(send(half, body.length)).startsWith("HTTP/1.1 400").doesNotContain("taille");
	}

	private static byte[] part(String fileName, byte[] content, boolean close) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: image/jpeg\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(content);
		if (close) {
			body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		return body.toByteArray();
	}

	/** Sends {@code body} announcing {@code length} bytes, then stops writing. */
	private String send(byte[] body, int length) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /admin/medias HTTP/1.1\r\nHost: localhost:" + port
					+ "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=" + BOUNDARY
					+ "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			socket.shutdownOutput();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
