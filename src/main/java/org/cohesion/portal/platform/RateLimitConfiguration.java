package org.cohesion.portal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Shares rate limits through PostgreSQL when the application's database is PostgreSQL;
 * otherwise (the embedded H2 demo, one node) keeps them in memory.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	RateLimits sharedRateLimits(ObjectProvider<DataSource> dataSources, Clock clock) {
		DataSource dataSource = dataSources.getIfUnique();
		if (dataSource != null && isPostgres(dataSource)) {
			log.info("Rate limits are shared between nodes through PostgreSQL (table {})", RateLimits.TABLE);
			return RateLimits.postgres(dataSource, clock);
		}
		log.info("Rate limits are kept in this node's memory (not PostgreSQL)");
		return RateLimits.inMemory(clock);
	}

	@Bean
	ExpiredBuckets expiredBuckets(RateLimits limits) {
		return new ExpiredBuckets(limits);
	}

	private static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgresql");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the database to choose the rate-limit store", ex);
		}
	}

	/** Full buckets expire; their rows are dropped every few minutes. */
	static final class ExpiredBuckets {

		private final RateLimits limits;

		ExpiredBuckets(RateLimits limits) {
			this.limits = limits;
		}

		@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
		void removeExpired() {
			int removed;
			do {
				removed = limits.removeExpired();
			}
			while (removed >= 1000);
		}

	}

}
