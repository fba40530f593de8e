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
 * An index built before a kind of content was added to search (its marker does not list
 * the gallery index) is rebuilt at start-up, so that existing galleries can be found
 * without anyone thinking of rebuilding it by hand.
 */
@IntegrationTest
class IndexUpgradeTests {

	static Path directory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("search-upgrade");
		// the marker of an index built before galleries were searchable
		Files.writeString(directory.resolve(".complete"), "2026-01-05T10:00:00Z");
		registry.add("portal.search.in-memory", () -> "false");
		registry.add("portal.search.directory", () -> directory.toString());
	}

	@Autowired
	SearchIndex index;

	@Test
	void anIndexWithoutTheNewKindsIsRebuiltAtStartUp() throws InterruptedException {
		assertThat(index.progress().state()).isNotEqualTo(RebuildProgress.State.IDLE);
		SearchTesting.awaitRebuild(index);
		assertThat(index.progress().state()).isEqualTo(RebuildProgress.State.DONE);
		assertThat(directory.resolve(".complete")).exists();
		assertThat(directory.resolve("article")).isDirectory();
		assertThat(directory.resolve(".complete")).content().contains("indexes article,flash,gallery,page");
	}

}
