package org.cohesion.portal.platform;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one place where scheduled work is switched on, in one style: a module's job is a
 * {@code @Scheduled} method with a {@code @SchedulerLock(name = "<module>.<job>")}, so
 * that with several nodes it runs on one node at a time. The lock is a row of the
 * {@code shedlock} table (V60), stamped with the database's clock, so nodes whose clocks
 * drift still agree. {@code lockAtMostFor} bounds how long a crashed node keeps a lock.
 * Only the scheduler's runs take the lock: a job method called directly (by a test, or by
 * a service) runs at once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {

	/**
	 * The locks live in the portal's database, which a casework node does not have; the
	 * casework schedules no job of its own today.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnPortalRole
	@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT10M")
	static class Locks {

		@Bean
		LockProvider lockProvider(DataSource dataSource) {
			return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
				.withJdbcTemplate(new JdbcTemplate(dataSource))
				.withTableName("shedlock")
				.usingDbTime()
				.build());
		}

	}

}
