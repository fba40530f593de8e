package org.cohesion.portal.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test application context a database of its own: an in-memory H2 database by
 * default, or, when the build runs the PostgreSQL suite
 * ({@code -Dportal.test.database=postgresql}), a fresh schema in the PostgreSQL server
 * named by {@code portal.test.postgresql.url}, dropped when the context closes. The
 * casework gets a second one: another in-memory H2 database, or another PostgreSQL
 * database on the same server.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String MODE_PROPERTY = "portal.test.database";

	public static final String DEFAULT_POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	public static boolean postgresql() {
		return "postgresql".equals(System.getProperty(MODE_PROPERTY));
	}

	public static String postgresqlUrl() {
		return System.getProperty("portal.test.postgresql.url", DEFAULT_POSTGRESQL_URL);
	}

	private static volatile String user;

	/**
	 * The configured user, else {@code postgres}, else {@code root} (CI machines have one
	 * or the other).
	 */
	public static String postgresqlUser() {
		if (user == null) {
			String configured = System.getProperty("portal.test.postgresql.user", "");
			if (!configured.isBlank()) {
				user = configured;
			}
			else {
				user = "postgres";
				try (Connection ignored = DriverManager.getConnection(postgresqlUrl(), "postgres", "")) {
					// postgres it is
				}
				catch (SQLException ex) {
					user = "root";
				}
			}
		}
		return user;
	}

	public static Connection connectToPostgresql() throws SQLException {
		return DriverManager.getConnection(postgresqlUrl(), postgresqlUser(), "");
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Map<String, Object> properties = new HashMap<>();
		if (postgresql()) {
			createSchema(name);
			dropWhenClosed(context, "drop schema if exists " + name + " cascade");
			properties.putAll(Map.of("spring.datasource.url", postgresqlUrl() + "?currentSchema=" + name,
					"spring.datasource.username", postgresqlUser(), "spring.datasource.password", "",
					"spring.flyway.default-schema", name, "spring.flyway.schemas", name));
			// the casework gets a database of its own, as in production: not a schema
			// beside
			// the portal's
			String casework = name + "_mnr";
			createDatabase(casework);
			dropWhenClosed(context, "drop database if exists " + casework + " with (force)");
			properties.putAll(Map.of("portal.casework.db.url", caseworkPostgresqlUrl(casework),
					"portal.casework.db.user", postgresqlUser(), "portal.casework.db.password", ""));
		}
		else {
			properties.putAll(Map.of("spring.datasource.url", h2Url(name), "spring.datasource.username", "sa",
					"spring.datasource.password", ""));
			properties.putAll(Map.of("portal.casework.db.url", h2Url(name + "_mnr"), "portal.casework.db.user", "sa",
					"portal.casework.db.password", ""));
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/**
	 * Drops the context's schema or database once the context has closed everything that
	 * uses it: a bean registered before the context refreshes is destroyed after every
	 * other (a JVM shutdown hook of its own would run beside the contexts' own hooks and
	 * drop the schema under their still-running jobs and pools, and the fork would then
	 * wait for them to give up). A context that fails to start is closed as well, so its
	 * schema goes too.
	 */
	private static void dropWhenClosed(ConfigurableApplicationContext context, String statement) {
		DisposableBean drop = () -> {
			try (Connection connection = connectToPostgresql()) {
				connection.createStatement().execute(statement);
			}
			catch (SQLException ignored) {
				// the server is gone; nothing left to clean
			}
		};
		((DefaultSingletonBeanRegistry) context.getBeanFactory())
			.registerDisposableBean("testDatabaseDrop" + System.identityHashCode(drop), drop);
	}

	private static String h2Url(String name) {
		return "jdbc:h2:mem:" + name
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
	}

	/** The address of another database on the same PostgreSQL server. */
	public static String caseworkPostgresqlUrl(String database) {
		String url = postgresqlUrl();
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
	}

	private static void createDatabase(String name) {
		try (Connection connection = connectToPostgresql()) {
			connection.createStatement().execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + name + " on " + postgresqlUrl(), ex);
		}
	}

	private static void createSchema(String name) {
		try (Connection connection = connectToPostgresql()) {
			connection.createStatement().execute("create schema " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test schema on " + postgresqlUrl(), ex);
		}
	}

}
