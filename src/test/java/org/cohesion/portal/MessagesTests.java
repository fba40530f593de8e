package org.cohesion.portal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and English stay in sync, and no template asks for a key that does not exist.
 */
class MessagesTests {

	@Test
	void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInTemplatesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		Pattern call = Pattern.compile("\\.t\\(\"([a-zA-Z.]+[a-zA-Z])\"[,)]");
		try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
				Matcher matcher = call.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty();
		assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

}
