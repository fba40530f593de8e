package org.cohesion.portal.casework;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;

/**
 * The tables of a database, read over a connection of its own (not the application's
 * pools): what a node really left in each of its two databases.
 */
final class DatabaseTables {

	private DatabaseTables() {
	}

	static Set<String> portal(Environment environment) {
		return of(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password", ""));
	}

	static Set<String> casework(Environment environment) {
		return of(environment.getProperty("portal.casework.db.url"), environment.getProperty("portal.casework.db.user"),
				environment.getProperty("portal.casework.db.password", ""));
	}

	static Set<String> of(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			Set<String> tables = new TreeSet<>();
			try (ResultSet rows = connection.getMetaData()
				.getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
				}
			}
			return tables;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the tables of " + url, ex);
		}
	}

}
