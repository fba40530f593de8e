package org.cohesion.portal.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one rate-limit mechanism of the application: Bucket4j token buckets. On PostgreSQL
 * the buckets live in the table {@code rate_limit_bucket} (Bucket4j's JDBC backend, row
 * locks), so every node counts against the same limits; on the embedded H2 database they
 * live in this node's memory (Caffeine, bounded, entries expire once full again). Keys
 * are hashed: no e-mail or IP address is stored.
 */
public final class RateLimits {

	static final String TABLE = "rate_limit_bucket";

	private static final Duration KEEP_FULL_BUCKETS = Duration.ofMinutes(1);

	private final ProxyManager<String> buckets;

	private final @Nullable DataSource dataSource;

	private final boolean shared;

	private RateLimits(ProxyManager<String> buckets, @Nullable DataSource dataSource, boolean shared) {
		this.buckets = buckets;
		this.dataSource = dataSource;
		this.shared = shared;
	}

	/** Buckets in this node's memory: for one node, or H2. */
	public static RateLimits inMemory(Clock clock) {
		ProxyManager<String> buckets = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(200_000))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
			.clientClock(meter(clock))
			.build();
		return new RateLimits(buckets, null, false);
	}

	/** Buckets in PostgreSQL, shared by every node on the same database. */
	public static RateLimits postgres(DataSource dataSource, Clock clock) {
		PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL
			.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL_BUCKETS))
			.clientClock(meter(clock))
			.build();
		return new RateLimits(buckets, dataSource, true);
	}

	/**
	 * The bucket of one key under one named limit; created with the configuration on
	 * first use.
	 */
	public Bucket bucket(String limit, String key, Supplier<BucketConfiguration> configuration) {
		return buckets.getProxy(limit + ":" + digest(key), configuration);
	}

	/** Whether the counts are shared between nodes. */
	public boolean shared() {
		return shared;
	}

	/** Drops expired buckets from the shared table; returns how many. */
	public int removeExpired() {
		if (buckets instanceof PostgreSQLSelectForUpdateBasedProxyManager<String> postgres) {
			return postgres.removeExpired(1000);
		}
		return 0;
	}

	/** Forgets every count (tests; an operator after an incident). */
	public void forgetAll() {
		if (dataSource != null) {
			new JdbcTemplate(dataSource).update("delete from " + TABLE);
		}
		else if (buckets instanceof io.github.bucket4j.caffeine.CaffeineProxyManager<String> caffeine) {
			caffeine.getCache().invalidateAll();
		}
	}

	private static String digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Bucket4j counts time through the application's clock (tests move it). */
	private static TimeMeter meter(Clock clock) {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}

}
