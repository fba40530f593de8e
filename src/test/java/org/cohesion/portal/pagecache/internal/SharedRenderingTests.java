package org.cohesion.portal.pagecache.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A surge after a change: many requests for a page nobody has cached yet. One renders it;
 * the others wait for that rendering instead of each rendering it again (and each taking
 * a database connection) — unless a change came after the rendering began.
 */
class SharedRenderingTests {

	private final RenderedPages pages = new RenderedPages(
			new PageCacheProperties(true, DataSize.ofMegabytes(1), Duration.ofHours(1), Duration.ofHours(1), true, 10),
			Clock.systemUTC());

	private final PageCacheFilter filter = new PageCacheFilter(pages, new PageCacheMetrics(null, pages),
			BrotliEncoding.of(10));

	private final AtomicInteger renderings = new AtomicInteger();

	private final CountDownLatch firstRenderingStarted = new CountDownLatch(1);

	private final CountDownLatch finishFirstRendering = new CountDownLatch(1);

	/** The application behind the filter: the first rendering holds until released. */
	private final FilterChain application = (request, response) -> {
		int rendering = renderings.incrementAndGet();
		if (rendering == 1) {
			firstRenderingStarted.countDown();
			try {
				finishFirstRendering.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		HttpServletResponse http = (HttpServletResponse) response;
		http.setStatus(200);
		http.setContentType("text/html;charset=UTF-8");
		http.setHeader("Cache-Control", "public, max-age=60");
		http.getOutputStream().write(("<p>rendu n° " + rendering + "</p>").getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void requestsForAPageBeingRenderedWaitForThatRenderingInsteadOfRenderingItAgain() throws Exception {
		MockHttpServletResponse first = new MockHttpServletResponse();
		Thread renderer = started(() -> run(first));
		assertThat(firstRenderingStarted.await(30, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = new MockHttpServletResponse();
		Thread waiter = started(() -> run(second));
		await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
		finishFirstRendering.countDown();
		renderer.join(30_000);
		waiter.join(30_000);

		assertThat(renderings).hasValue(1);
		assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>rendu n° 1</p>");
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>rendu n° 1</p>");
		assertThat(second.getHeader(PageCacheFilter.STATUS_HEADER)).isEqualTo("hit");
	}

	@Test
	void aRequestThatArrivedAfterAChangeDoesNotTakeARenderingBegunBeforeIt() throws Exception {
		MockHttpServletResponse first = new MockHttpServletResponse();
		Thread renderer = started(() -> run(first));
		assertThat(firstRenderingStarted.await(30, TimeUnit.SECONDS)).isTrue();
		pages.clear();

		MockHttpServletResponse second = new MockHttpServletResponse();
		Thread waiter = started(() -> run(second));
		await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.TIMED_WAITING);
		finishFirstRendering.countDown();
		renderer.join(30_000);
		waiter.join(30_000);

		assertThat(renderings).hasValue(2);
		assertThat(second.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>rendu n° 2</p>");
	}

	private static Thread started(Runnable work) {
		Thread thread = new Thread(work);
		thread.start();
		return thread;
	}

	private void run(MockHttpServletResponse response) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actualites");
		try {
			filter.doFilter(request, response, application);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
