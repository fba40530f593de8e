package org.cohesion.portal.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a suite only where the real services it needs exist. On a developer's machine
 * without them, the suite is skipped with a message saying what is missing; in CI
 * ({@code CI=true}) a missing service fails the build instead, so that the PostgreSQL and
 * browser suites can never silently skip there.
 */
public final class RequiresServices {

	public static final Path CHROMIUM = Path.of(System.getProperty("portal.test.chromium", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path
		.of(System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver"));

	private RequiresServices() {
	}

	static boolean inCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	static ConditionEvaluationResult missing(String message) {
		if (inCi()) {
			throw new IllegalStateException("CI=true but " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	/** Only when the PostgreSQL suite is asked for: checks the server answers. */
	public static class PostgresqlCondition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!TestDatabase.postgresql()) {
				return ConditionEvaluationResult.enabled("embedded H2 database");
			}
			try (Connection connection = TestDatabase.connectToPostgresql()) {
				return ConditionEvaluationResult
					.enabled("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion());
			}
			catch (Exception ex) {
				return missing("PostgreSQL is not reachable at " + TestDatabase.postgresqlUrl() + " as "
						+ TestDatabase.postgresqlUser() + " (" + ex.getMessage() + "): PostgreSQL suite skipped");
			}
		}

	}

	/**
	 * Debian's chromium and chromium-driver packages; never a browser downloaded by a
	 * test tool.
	 */
	public static class ChromiumCondition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
				return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
			}
			return missing("Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "; install Debian's chromium and chromium-driver packages): browser suite skipped");
		}

	}

}
