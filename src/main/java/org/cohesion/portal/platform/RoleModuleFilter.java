package org.cohesion.portal.platform;

import java.io.IOException;

import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
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
		}

	}

}
