package org.cohesion.portal.casework.config;

import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.AvailableSettings;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.hibernate.SpringImplicitNamingStrategy;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.hibernate.SpringBeanContainer;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.annotation.EnableTransactionManagement;

import org.cohesion.portal.casework.CaseworkTransactional;

/**
 * The casework's own database: DataSource ({@code portal.casework.db.*}), Flyway
 * ({@code db/casework}, history in {@code mnr_schema_history}), EntityManagerFactory
 * (casework entities only; Hibernate Search off: nothing of the casework is indexed),
 * transaction manager {@value CaseworkTransactional#TRANSACTION_MANAGER} and the
 * repositories of the casework packages. None of these beans is primary: on a node that
 * runs both sides the portal's are the defaults, and casework code names its own
 * ({@link CaseworkTransactional}, {@code @Qualifier("caseworkDataSource")}). Only loaded
 * on a node that runs the casework.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseworkProperties.class)
@EnableTransactionManagement
@EnableJpaRepositories(basePackages = "org.cohesion.portal.casework",
		entityManagerFactoryRef = "caseworkEntityManagerFactory",
		transactionManagerRef = CaseworkTransactional.TRANSACTION_MANAGER)
class CaseworkDataConfiguration {

	@Bean(defaultCandidate = false)
	@Qualifier("casework")
	HikariDataSource caseworkDataSource(CaseworkProperties properties) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.url(properties.db().url())
			.username(properties.db().user())
			.password(properties.db().password())
			.build();
		dataSource.setPoolName("casework");
		dataSource.setMaximumPoolSize(properties.db().poolSize());
		return dataSource;
	}

	/**
	 * Readiness of a casework node: its own database ({@code caseworkDb} in the health
	 * group).
	 */
	@Bean
	org.springframework.boot.health.contributor.HealthIndicator caseworkDbHealthIndicator(
			@Qualifier("caseworkDataSource") DataSource dataSource) {
		return new org.springframework.boot.jdbc.health.DataSourceHealthIndicator(dataSource);
	}

	@Bean(defaultCandidate = false)
	Flyway caseworkFlyway(@Qualifier("caseworkDataSource") DataSource dataSource) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/casework")
			.table("mnr_schema_history")
			.load();
	}

	@Bean
	FlywayMigrationInitializer caseworkFlywayInitializer(@Qualifier("caseworkFlyway") Flyway flyway,
			@Qualifier("caseworkDataSource") DataSource dataSource) {
		return new FlywayMigrationInitializer(flyway, migrations -> {
			realignCorrectedMigration(dataSource);
			migrations.migrate();
		});
	}

	/**
	 * V10 was corrected once, before it could ever run on PostgreSQL (its first text
	 * wrote the empty tag as {@code X''}, a bit string there): only an embedded demo
	 * database made with that first text holds its checksum. This realigns that one row —
	 * version 10 with exactly the first text's checksum — so such a database starts;
	 * anything else is left to Flyway's validation.
	 */
	static void realignCorrectedMigration(DataSource dataSource) {
		try (java.sql.Connection connection = dataSource.getConnection();
				java.sql.PreparedStatement update = connection.prepareStatement("update \"mnr_schema_history\""
						+ " set \"checksum\" = ? where \"version\" = '10' and \"checksum\" = ?")) {
			update.setInt(1, V10_CHECKSUM);
			update.setInt(2, V10_FIRST_TEXT_CHECKSUM);
			update.executeUpdate();
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
		}
		catch (java.sql.SQLException ex) {
			// no history table yet: a new database, nothing to realign
		}
	}

	/** Flyway's checksum of V10's first text and of the text that stands. */
	static final int V10_FIRST_TEXT_CHECKSUM = -1855170739;

	static final int V10_CHECKSUM = -350413322;

	@Bean(defaultCandidate = false)
	@DependsOn("caseworkFlywayInitializer")
	LocalContainerEntityManagerFactoryBean caseworkEntityManagerFactory(
			@Qualifier("caseworkDataSource") DataSource dataSource, ConfigurableListableBeanFactory beanFactory) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setPersistenceUnitName("casework");
		factory.setDataSource(dataSource);
		factory.setPackagesToScan("org.cohesion.portal.casework");
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(
				Map.of(AvailableSettings.HBM2DDL_AUTO, "validate", AvailableSettings.PHYSICAL_NAMING_STRATEGY,
						"org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
						AvailableSettings.IMPLICIT_NAMING_STRATEGY, SpringImplicitNamingStrategy.class.getName(),
						AvailableSettings.JDBC_TIME_ZONE, "UTC", AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, "32",
						AvailableSettings.BEAN_CONTAINER, new SpringBeanContainer(beanFactory),
						// the portal's search must never index (or even see) casework
						// entities
						"hibernate.search.enabled", "false"));
		return factory;
	}

	@Bean(name = CaseworkTransactional.TRANSACTION_MANAGER, defaultCandidate = false)
	JpaTransactionManager caseworkTransactionManager(
			@Qualifier("caseworkEntityManagerFactory") EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	/** For the few statements JPA does not express (audit triggers, raw scans). */
	@Bean(defaultCandidate = false)
	JdbcTemplate caseworkJdbcTemplate(@Qualifier("caseworkDataSource") DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

}
