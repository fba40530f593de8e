package org.cohesion.portal.search.internal;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import org.apache.http.HttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpUriRequest;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.nio.client.CloseableHttpAsyncClient;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.impl.nio.client.HttpAsyncClients;
import org.hibernate.search.backend.elasticsearch.client.rest4.ElasticsearchHttpClientConfigurationContext;
import org.hibernate.search.engine.cfg.ConfigurationPropertySource;
import org.hibernate.search.engine.environment.bean.BeanResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gate in the very HTTP client Hibernate Search talks to OpenSearch with (Apache's
 * asynchronous client, configured by {@link IndexWriteGate#configure}), against a small
 * real HTTP server standing for the cluster: while the gate is shut, a document write
 * never leaves the node and fails as on a dead cluster, while reads and index
 * administration go through; once open, writes go through too.
 */
class IndexWriteGateTests {

	final Queue<String> reachedCluster = new ConcurrentLinkedQueue<>();

	HttpServer cluster;

	CloseableHttpAsyncClient client;

	final IndexWriteGate gate = new IndexWriteGate();

	@BeforeEach
	void start() throws Exception {
		cluster = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		cluster.createContext("/", exchange -> {
			reachedCluster.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
			exchange.getRequestBody().readAllBytes();
			byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		cluster.start();
		HttpAsyncClientBuilder builder = HttpAsyncClients.custom();
		gate.configure(new ElasticsearchHttpClientConfigurationContext() {
			@Override
			public BeanResolver beanResolver() {
				throw new UnsupportedOperationException("not used by the gate");
			}

			@Override
			public ConfigurationPropertySource configurationPropertySource() {
				throw new UnsupportedOperationException("not used by the gate");
			}

			@Override
			public HttpAsyncClientBuilder clientBuilder() {
				return builder;
			}
		});
		client = builder.build();
		client.start();
	}

	@AfterEach
	void stop() throws Exception {
		client.close();
		cluster.stop(0);
	}

	@Test
	void aShutGateRefusesDocumentWritesAndLetsReadsAndIndexAdministrationThrough() throws Exception {
		assertThat(gate.isOpen()).isFalse();
		for (HttpUriRequest write : List.of(post("/_bulk?refresh=false"), post("/articles-write/_doc/12"),
				post("/articles-write/_create/12"), post("/articles-write/_update/12"),
				post("/articles-write/_delete_by_query"))) {
			assertThatThrownBy(() -> send(write)).as(write.getRequestLine().toString())
				.isInstanceOf(ExecutionException.class)
				.rootCause()
				.hasMessageContaining("write refused");
		}
		assertThat(send(new HttpGet(url("/articles-read/_search"))).getStatusLine().getStatusCode()).isEqualTo(200);
		assertThat(send(new HttpGet(url("/_cluster/health"))).getStatusLine().getStatusCode()).isEqualTo(200);
		assertThat(send(post("/articles-000001")).getStatusLine().getStatusCode()).as("creating an index")
			.isEqualTo(200);
		assertThat(reachedCluster).containsExactly("GET /articles-read/_search", "GET /_cluster/health",
				"POST /articles-000001");
	}

	@Test
	void onceOpenWritesGoThroughAndAClosedGateRefusesThemAgain() throws Exception {
		gate.open();
		assertThat(send(post("/_bulk")).getStatusLine().getStatusCode()).isEqualTo(200);
		assertThat(reachedCluster).containsExactly("POST /_bulk");

		gate.close();
		assertThatThrownBy(() -> send(post("/_bulk"))).isInstanceOf(ExecutionException.class);
		assertThat(reachedCluster).hasSize(1);
	}

	@Test
	void writesAreToldFromOtherRequestsByTheirPathNotTheirQuery() {
		assertThat(IndexWriteGate.writes("/_bulk")).isTrue();
		assertThat(IndexWriteGate.writes("/pages-write/_doc/7?refresh=true")).isTrue();
		assertThat(IndexWriteGate.writes("/articles-read/_search?q=_bulk")).isFalse();
		assertThat(IndexWriteGate.writes("/articles-read/_count")).isFalse();
		assertThat(IndexWriteGate.writes("/_aliases")).isFalse();
	}

	private HttpPost post(String path) {
		HttpPost post = new HttpPost(url(path));
		post.setEntity(new StringEntity("{}", StandardCharsets.UTF_8));
		return post;
	}

	private String url(String path) {
		return "http://127.0.0.1:" + cluster.getAddress().getPort() + path;
	}

	private HttpResponse send(HttpUriRequest request) throws Exception {
		Future<HttpResponse> response = client.execute(request, null);
		return response.get(10, TimeUnit.SECONDS);
	}

}
