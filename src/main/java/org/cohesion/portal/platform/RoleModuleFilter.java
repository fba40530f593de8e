package org.cohesion.portal.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Keeps the components of modules that the configured {@link Role} does not run out of
 * the application context, so that a casework node never exposes the portal's pages and
 * the portal never loads the MNR. Registered before component scanning by
 * {@link Initializer} (see {@code META-INF/spring.factories}).
 */
public class RoleModuleFilter extends TypeExcludeFilter {

	static final String BASE_PACKAGE = "org.cohesion.portal.";

	private final Role role;

	RoleModuleFilter(Role role) {
		this.role = role;
	}

	@Override
	public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
		String className = reader.getClassMetadata().getClassName();
		if (!className.startsWith(BASE_PACKAGE)) {
			return false;
		}
		String rest = className.substring(BASE_PACKAGE.length());
		int dot = rest.indexOf('.');
		return dot > 0 && !role.runsModule(rest.substring(0, dot));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RoleModuleFilter filter && filter.role == role;
	}

	@Override
	public int hashCode() {
		return role.hashCode();
	}

	/**
	 * Auto-configuration that only the portal side uses. Without these exclusions, Spring
	 * Boot would build a second EntityManagerFactory over every entity of the application
	 * (and run the portal's migrations) on the casework's database.
	 */
	static final List<String> PORTAL_ONLY_AUTO_CONFIGURATION = List.of(
			"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
			"org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
			"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
			"org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
			"org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
			"org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
			"org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
			"org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration",
			"org.springframework.modulith.events.jpa.archiving.ArchivingAutoConfiguration",
			"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
			"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration");

	public static Role configuredRole(Environment environment) {
		return Role.parse(environment.getProperty("portal.role", "all"));
	}

	/**
	 * Registers the filter as a bean early enough for {@code @SpringBootApplication}'s
	 * component scan.
	 */
	public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Role role = configuredRole(context.getEnvironment());
			context.getBeanFactory().registerSingleton("roleModuleFilter", new RoleModuleFilter(role));
			if (!role.runsPortal()) {
				excludePortalAutoConfiguration(context.getEnvironment());
			}
		}

		/**
		 * A casework node has no portal DataSource: Spring Session JDBC and the Modulith
		 * event publication registry would otherwise settle on the casework database (and
		 * store portal sessions or events there).
		 */
		private static void excludePortalAutoConfiguration(ConfigurableEnvironment environment) {
			List<String> excluded = new ArrayList<>(Binder.get(environment)
				.bind("spring.autoconfigure.exclude", Bindable.listOf(String.class))
				.orElse(List.of()));
			excluded.addAll(PORTAL_ONLY_AUTO_CONFIGURATION);
			environment.getPropertySources()
				.addFirst(new MapPropertySource("roleExclusions",
						Map.of("spring.autoconfigure.exclude", String.join(",", excluded))));
		}

	}

}
