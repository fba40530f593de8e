package org.cohesion.portal.media.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The S3 storage alone against S3Proxy (an S3-compatible server in this JVM), without
 * starting the application: what is put is read back whole, missing keys are absent
 * rather than errors, and wrong credentials stop the start with a clear message.
 */
class S3MediaStorageTests {

	static BlobStoreContext store;

	static S3Proxy proxy;

	@BeforeAll
	static void start() throws Exception {
		store = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.overrides(new Properties())
			.build(BlobStoreContext.class);
		proxy = S3Proxy.builder()
			.blobStore(store.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "unit", "unit-secret")
			.build();
		proxy.start();
		await().atMost(Duration.ofSeconds(60)).until(() -> "STARTED".equals(proxy.getState()));
	}

	@AfterAll
	static void stop() throws Exception {
		proxy.stop();
		store.close();
	}

	MediaProperties.S3 settings(String secret) {
		return new MediaProperties.S3("http://127.0.0.1:" + proxy.getPort(), "unit-bucket", "us-east-1", "unit",
				secret);
	}

	@Test
	void putObjectsAreReadBackWholeAndDeleted(@TempDir Path dir) throws Exception {
		S3MediaStorage storage = new S3MediaStorage(settings("unit-secret"));
		Path file = Files.write(dir.resolve("a.txt"), "fichier".getBytes(StandardCharsets.UTF_8));
		storage.put("originals/a.txt", file, "text/plain");
		storage.put("derived/b.txt", "octets".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertThat(storage.exists("originals/a.txt")).isTrue();
		MediaStorage.StoredFile stored = storage.open("derived/b.txt").orElseThrow();
		try (var in = stored.content()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("octets");
		}
		assertThat(stored.length()).isEqualTo(6);

		storage.delete("originals/a.txt");
		assertThat(storage.exists("originals/a.txt")).isFalse();
		assertThat(storage.open("originals/a.txt")).isEmpty();
	}

	@Test
	void wrongCredentialsStopTheStartWithTheBucketNamed() {
		assertThatThrownBy(() -> new S3MediaStorage(settings("wrong"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("unit-bucket");
	}

}
