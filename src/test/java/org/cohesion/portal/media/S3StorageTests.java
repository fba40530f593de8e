package org.cohesion.portal.media;

import java.net.URI;
import java.time.Duration;
import java.util.Properties;

import org.cohesion.portal.accounts.EditorialRole;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.testing.Fixtures;
import org.cohesion.portal.testing.IntegrationTest;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The library on an S3-compatible bucket (S3Proxy over an in-memory store, started in
 * this JVM): a photo is uploaded, processed and served from the bucket, then deleted with
 * its files.
 */
@IntegrationTest
class S3StorageTests {

	static final S3Proxy proxy;

	static final BlobStoreContext store;

	static {
		store = ContextBuilder.newBuilder("transient")
			.credentials("identity", "credential")
			.overrides(new Properties())
			.build(BlobStoreContext.class);
		proxy = S3Proxy.builder()
			.blobStore(store.getBlobStore())
			.endpoint(URI.create("http://127.0.0.1:0"))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "portal-test", "portal-test-secret")
			.build();
		try {
			proxy.start();
		}
		catch (Exception ex) {
			throw new IllegalStateException("S3Proxy did not start", ex);
		}
		// polled in this thread: another one would wait for this class to finish
		// initialising
		await("S3Proxy started").pollInSameThread()
			.atMost(Duration.ofSeconds(60))
			.until(() -> "STARTED".equals(proxy.getState()));
	}

	@DynamicPropertySource
	static void bucket(DynamicPropertyRegistry registry) {
		registry.add("portal.media.storage", () -> "s3");
		registry.add("portal.media.s3.endpoint", () -> "http://127.0.0.1:" + proxy.getPort());
		registry.add("portal.media.s3.bucket", () -> "portal-media-test");
		registry.add("portal.media.s3.access-key", () -> "portal-test");
		registry.add("portal.media.s3.secret-key", () -> "portal-test-secret");
	}

	@org.junit.jupiter.api.AfterEach
	void emptyLibrary() throws java.io.IOException {
		LibraryReset.reset(jdbc, java.nio.file.Path.of("target", "no-local-files-here"));
	}

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@AfterAll
	static void stop() throws Exception {
		proxy.stop();
		store.close();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MediaItemRepository items;

	@Test
	void photosAreStoredProcessedServedAndDeletedInTheBucket() throws Exception {
		byte[] photo = TestImages.jpegWithGps(1400, 1000);
		mvc.perform(multipart("/admin/medias").file(new MockMultipartFile("files", "s3.jpg", "image/jpeg", photo))
			.with(user(fixtures.editor(EditorialRole.EDITEUR)))
			.with(csrf()));
		MediaItem item = Processing.awaitProcessed(items, "s3.jpg");
		assertThat(item.getStatus()).isEqualTo(MediaStatus.READY);
		var blobs = store.getBlobStore();
		assertThat(blobs.blobExists("portal-media-test", "originals/" + item.getContentHash() + ".jpg")).isTrue();
		String name = MediaPaths.fileName(item.getContentHash(), 360, "jpg");
		assertThat(blobs.blobExists("portal-media-test", "public/" + name)).isTrue();

		var served = mvc.perform(get(MediaPaths.path(item.getContentHash(), 360, "jpg"))).andReturn().getResponse();
		assertThat(served.getStatus()).isEqualTo(200);
		assertThat(served.getContentAsByteArray()).startsWith((byte) 0xFF, (byte) 0xD8);

		mvc.perform(post("/admin/medias/" + item.getId() + "/supprimer")
			.with(user(fixtures.editor(EditorialRole.ADMINISTRATEUR)))
			.with(csrf()));
		assertThat(items.findById(item.getId())).isEmpty();
		assertThat(blobs.blobExists("portal-media-test", "public/" + name)).isFalse();
		assertThat(blobs.blobExists("portal-media-test", "originals/" + item.getContentHash() + ".jpg")).isFalse();
	}

}
