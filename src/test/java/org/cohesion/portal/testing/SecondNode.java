package org.cohesion.portal.testing;

import java.util.ArrayList;
import java.util.List;

import org.cohesion.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts a second application node beside a test's own, as in a multi-node installation:
 * on the same portal and casework databases and, when the test uses one, the same search
 * cluster and indexes. The settings are given as command-line arguments, which take
 * precedence over the test configuration files as they would over a node's own.
 */
public final class SecondNode {

	/** What the nodes of one installation share, copied from the first node. */
	private static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.flyway.default-schema", "spring.flyway.schemas",
			"portal.casework.db.url", "portal.casework.db.user", "portal.casework.db.password", "portal.search.backend",
			"portal.search.opensearch.url", "portal.search.opensearch.index-prefix",
			"portal.search.opensearch.polling-interval", "portal.search.rebuild-when-missing");

	private SecondNode() {
	}

	/**
	 * @param first the first node's environment
	 * @param arguments this node's own settings ({@code --name=value}), besides a random
	 * port
	 */
	public static ConfigurableApplicationContext start(Environment first, String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(List.of(arguments));
		for (String name : SHARED) {
			String value = first.getProperty(name);
			if (value != null) {
				all.add("--" + name + "=" + value);
			}
		}
		return new SpringApplicationBuilder(PortalApplication.class).run(all.toArray(String[]::new));
	}

	/** The HTTP port a node listens on. */
	public static int port(ConfigurableApplicationContext node) {
		return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

}
