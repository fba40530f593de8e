package org.cohesion.portal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cohesion.portal.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index folder with no complete index (here: a new, empty one) is rebuilt at start-up,
 * and marked complete once done.
 */
@IntegrationTest
class IndexStartupTests {

	static Path directory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("search-startup");
		registry.add("portal.search.in-memory", () -> "false");
		registry.add("portal.search.directory", () -> directory.toString());
	}

	@Autowired
	SearchIndex index;

	@Test
	void aMissingIndexIsRebuiltAtStartUp() throws InterruptedException {
		assertThat(index.progress().state()).isNotEqualTo(RebuildProgress.State.IDLE);
		SearchTesting.awaitRebuild(index);
		assertThat(index.progress().state()).isEqualTo(RebuildProgress.State.DONE);
		assertThat(directory.resolve(".complete")).exists();
		assertThat(directory.resolve("article")).isDirectory();
		assertThat(directory.resolve(".complete")).content().contains("indexes article,flash,gallery,page");
	}

}
