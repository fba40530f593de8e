package org.cohesion.portal.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.cohesion.portal.search.RebuildProgress;
import org.cohesion.portal.search.SearchIndex;
import org.cohesion.portal.search.internal.SearchProperties.Backend;
import org.elasticsearch.client.Cancellable;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.ResponseListener;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code search} component of {@code /actuator/health}: on OpenSearch, this node has
 * created or validated the indexes since it started or since the last outage
 * ({@link ClusterWatch}), the cluster answers within {@link #TIMEOUT} and every index of
 * the portal exists (one {@code HEAD} on their read aliases, answered from the cluster
 * state, through the backend's own client, so with its address and credentials); on
 * Lucene, the index folder is readable and the index answers a count.
 * <p>
 * Deliberately not part of the readiness group (application.yml): every node shares one
 * cluster, so a cluster outage would take every node out of the load balancer at once,
 * whereas the pages still render without search (the search page says it is unavailable).
 * The component's status changes are logged with their cause, since the health endpoint
 * shows no details.
 */
@Component("searchHealthIndicator")
class SearchHealth implements HealthIndicator {

	/** A dead or stuck cluster must not hold the probe longer than this. */
	static final Duration TIMEOUT = Duration.ofSeconds(2);

	private static final Logger log = LoggerFactory.getLogger(SearchHealth.class);

	private final EntityManagerFactory entityManagerFactory;

	private final SearchProperties properties;

	private final SearchIndex index;

	private final ClusterWatch watch;

	private volatile boolean wasUp = true;

	SearchHealth(EntityManagerFactory entityManagerFactory, SearchProperties properties, SearchIndex index,
			ClusterWatch watch) {
		this.entityManagerFactory = entityManagerFactory;
		this.properties = properties;
		this.index = index;
		this.watch = watch;
	}

	@Override
	public Health health() {
		Health.Builder health;
		try {
			health = properties.backend() == Backend.OPENSEARCH ? openSearch() : lucene();
		}
		catch (RuntimeException ex) {
			health = Health.down().withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		RebuildProgress rebuild = index.progress();
		Health result = health.withDetail("backend", properties.backend().name().toLowerCase(Locale.ROOT))
			.withDetail("rebuild", rebuild.state().name())
			.build();
		boolean up = Status.UP.equals(result.getStatus());
		if (up != wasUp) {
			wasUp = up;
			if (up) {
				log.info("Search is available again");
			}
			else {
				log.warn("Search is unavailable: {}", result.getDetails().get("error"));
			}
		}
		return result;
	}

	private Health.Builder openSearch() {
		String problem = watch.problem();
		if (problem != null) {
			// this node has not created or validated the indexes since start-up or the
			// last outage: it writes no document yet
			return Health.down().withDetail("error", "indexes not created or validated yet: " + problem);
		}
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
		List<String> aliases = mapping.allIndexedEntities()
			.stream()
			.map(entity -> entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor().readName())
			.sorted()
			.toList();
		// answered from the cluster state, without touching a shard; 404 when one is
		// missing
		Request request = new Request("HEAD", "/" + String.join(",", aliases));
		CompletableFuture<Response> answer = new CompletableFuture<>();
		Cancellable call = client.performRequestAsync(request, new ResponseListener() {

			@Override
			public void onSuccess(Response response) {
				answer.complete(response);
			}

			@Override
			public void onFailure(Exception exception) {
				answer.completeExceptionally(exception);
			}

		});
		try {
			int status = answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getStatusLine().getStatusCode();
			return switch (status) {
				case 200 -> Health.up().withDetail("indexes", String.join(",", aliases));
				case 404 -> Health.down().withDetail("error", "an index of the portal is missing (" + aliases + ")");
				default -> Health.down().withDetail("error", "the cluster answered " + status);
			};
		}
		catch (TimeoutException ex) {
			call.cancel();
			return Health.down().withDetail("error", "no answer from the cluster within " + TIMEOUT.toMillis() + " ms");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof ResponseException refused) {
				int status = refused.getResponse().getStatusLine().getStatusCode();
				return Health.down()
					.withDetail("error", status == 404 ? "an index of the portal is missing (" + aliases + ")"
							: "the cluster answered " + status);
			}
			return Health.down().withDetail("error", "cluster unreachable: " + cause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			call.cancel();
			return Health.unknown();
		}
	}

	private Health.Builder lucene() {
		if (!properties.inMemory()) {
			Path directory = Path.of(properties.directory()).toAbsolutePath().normalize();
			if (!Files.isDirectory(directory) || !Files.isReadable(directory)) {
				return Health.down().withDetail("error", "the index folder is missing or unreadable: " + directory);
			}
		}
		try (EntityManager own = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(own);
			long documents = session.search(session.scope(Object.class)).where(f -> f.matchAll()).fetchTotalHitCount();
			return Health.up().withDetail("documents", documents);
		}
	}

}
