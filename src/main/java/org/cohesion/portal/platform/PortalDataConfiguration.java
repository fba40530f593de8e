package org.cohesion.portal.platform;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jpa.EntityManagerFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypesScanner;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

/**
 * The portal's database: its DataSource ({@code spring.datasource.*}), Flyway
 * ({@code db/migration}), EntityManagerFactory (the portal's entities only, never the
 * casework's) and repositories, primary so that the portal's code needs no qualifier.
 * Defined here rather than left to Spring Boot because Boot's auto-configuration backs
 * off as soon as the casework defines its own DataSource. Absent on a casework node,
 * which then has no connection to the portal's database at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPortalRole
@EnableJpaRepositories(basePackages = "org.cohesion.portal",
		excludeFilters = @Filter(type = FilterType.REGEX, pattern = PortalDataConfiguration.CASEWORK_CLASSES),
		entityManagerFactoryRef = "entityManagerFactory", transactionManagerRef = "transactionManager")
class PortalDataConfiguration {

	static final String CASEWORK_PACKAGE = "org.cohesion.portal.casework";

	static final String CASEWORK_CLASSES = "org\\.cohesion\\.portal\\.casework\\..*";

	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties) {
		HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		dataSource.setPoolName("portal");
		return dataSource;
	}

	@Bean
	@Primary
	Flyway flyway(DataSource dataSource, Environment environment) {
		FlywayProperties properties = Binder.get(environment)
			.bind("spring.flyway", FlywayProperties.class)
			.orElseGet(FlywayProperties::new);
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(dataSource)
			.locations(properties.getLocations().toArray(String[]::new))
			.schemas(properties.getSchemas().toArray(String[]::new))
			// migrations written on parallel branches land with versions below ones
			// already applied
			.outOfOrder(properties.isOutOfOrder());
		if (properties.getDefaultSchema() != null) {
			configuration.defaultSchema(properties.getDefaultSchema());
		}
		return configuration.load();
	}

	@Bean
	FlywayMigrationInitializer flywayInitializer(Flyway flyway) {
		return new FlywayMigrationInitializer(flyway);
	}

	/**
	 * Every entity of the application's packages (and the event publication registry's)
	 * except the casework's.
	 */
	@Bean
	@Primary
	@DependsOn("flywayInitializer")
	LocalContainerEntityManagerFactoryBean entityManagerFactory(EntityManagerFactoryBuilder builder,
			DataSource dataSource, BeanFactory beanFactory, ResourceLoader resourceLoader) {
		List<String> packages = AutoConfigurationPackages.get(beanFactory);
		PersistenceManagedTypes scanned = new PersistenceManagedTypesScanner(resourceLoader)
			.scan(packages.toArray(String[]::new));
		PersistenceManagedTypes portal = PersistenceManagedTypes.of(
				scanned.getManagedClassNames().stream().filter(name -> !isCasework(name)).toList(),
				scanned.getManagedPackages().stream().filter(name -> !isCasework(name)).toList());
		return builder.dataSource(dataSource)
			.managedTypes(portal)
			.persistenceUnit("portal")
			.properties(Map.of())
			.build();
	}

	@Bean
	@Primary
	PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	/**
	 * Explicit, so that a JdbcTemplate the casework defines for its own database never
	 * becomes the portal's by default.
	 */
	@Bean
	@Primary
	JdbcTemplate jdbcTemplate(DataSource dataSource) {
		return new JdbcTemplate(dataSource);
	}

	@Bean
	@Primary
	TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
		return new TransactionTemplate(transactionManager);
	}

	static boolean isCasework(String name) {
		return name.equals(CASEWORK_PACKAGE) || name.startsWith(CASEWORK_PACKAGE + ".");
	}

}
