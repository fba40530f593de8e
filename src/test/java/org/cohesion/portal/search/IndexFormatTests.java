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
 * An index marked complete by an older version (a marker without the current format line,
 * as written before the type and section codes existed) is rebuilt at start-up, and the
 * marker then names the current format.
 */
@IntegrationTest
class IndexFormatTests {

	static Path directory;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		directory = Files.createTempDirectory("search-format");
		Files.writeString(directory.resolve(".complete"), "2026-11-01T10:00:00Z");
		registry.add("portal.search.in-memory", () -> "false");
		registry.add("portal.search.directory", () -> directory.toString());
	}

	@Autowired
	SearchIndex index;

	@Test
	void anIndexOfAnOlderFormatIsRebuiltAtStartUp() throws Exception {
		assertThat(index.progress().state()).isNotEqualTo(RebuildProgress.State.IDLE);
		SearchTesting.awaitRebuild(index);
		assertThat(index.progress().state()).isEqualTo(RebuildProgress.State.DONE);
		assertThat(Files.readString(directory.resolve(".complete"))).startsWith("format 3\n");
	}

}
