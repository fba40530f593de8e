package org.cohesion.portal.casework.config;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An embedded casework database made when V10 still had its first text starts with the
 * corrected V10: the one known checksum is realigned, and Flyway goes on to the later
 * migrations.
 */
class CorrectedMigrationTests {

	@Test
	void aDemoDatabaseMadeWithV10sFirstTextMigratesOn() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:v10first;DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/casework-v10-first")
			.table("mnr_schema_history")
			.load()
			.migrate();
		Flyway current = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/casework")
			.table("mnr_schema_history")
			.load();
		assertThatThrownBy(current::validate).hasMessageContaining("checksum");

		CaseworkDataConfiguration.realignCorrectedMigration(dataSource);
		assertThat(current.migrate().migrationsExecuted).isGreaterThan(10);
		current.validate();
	}

}
