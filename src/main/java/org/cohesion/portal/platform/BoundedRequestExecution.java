package org.cohesion.portal.platform;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * On virtual threads (Java 21+), at most {@code server.tomcat.threads.max} requests are
 * processed at once, as on platform threads; the others wait in a queue, where a request
 * costs a few bytes. Spring Boot's virtual-thread executor starts one thread per request
 * with no bound: under a surge of 1,000 connections every one of them held Tomcat's
 * request and response buffers and a thread stack on the heap at the same time (about 100
 * KB each, measured with a class histogram), and a 192 MB heap ran out although every
 * page came from the page cache (docs/PERFORMANCE.md, "Page cache"). Connections are
 * still all accepted ({@code server.tomcat.max-connections}); only their processing
 * waits.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnThreading(Threading.VIRTUAL)
class BoundedRequestExecution {

	@Bean
	BoundedVirtualThreads boundedVirtualThreads(@Value("${server.tomcat.threads.max:200}") int bound) {
		return new BoundedVirtualThreads(bound);
	}

	/** After Spring Boot's own customizer (order 1), whose executor this replaces. */
	static final class BoundedVirtualThreads
			implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

		private final int bound;

		BoundedVirtualThreads(int bound) {
			this.bound = bound;
		}

		@Override
		public void customize(ConfigurableTomcatWebServerFactory factory) {
			factory.addProtocolHandlerCustomizers(protocol -> protocol
				.setExecutor(new BoundedExecutor(new VirtualThreadExecutor("tomcat-handler-"), this.bound)));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	/**
	 * Runs at most {@code bound} tasks at once on the delegate; the rest wait in order.
	 * Never blocks the caller (Tomcat's poller).
	 */
	static final class BoundedExecutor extends AbstractExecutorService {

		private final ExecutorService delegate;

		private final Semaphore permits;

		private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

		BoundedExecutor(ExecutorService delegate, int bound) {
			if (bound < 1) {
				throw new IllegalArgumentException("bound must be at least 1, was " + bound);
			}
			this.delegate = delegate;
			this.permits = new Semaphore(bound);
		}

		@Override
		public void execute(Runnable task) {
			if (delegate.isShutdown()) {
				throw new RejectedExecutionException("executor shut down");
			}
			waiting.add(task);
			drain();
		}

		/**
		 * Starts waiting tasks while permits remain. A task added after a finishing task
		 * looked at the queue finds that task's permit released, so none is left behind.
		 */
		private void drain() {
			while (!waiting.isEmpty() && permits.tryAcquire()) {
				Runnable next = waiting.poll();
				if (next == null) {
					permits.release();
					continue;
				}
				start(next, delegate);
			}
		}

		private void start(Runnable task, Executor executor) {
			try {
				executor.execute(() -> {
					try {
						task.run();
					}
					finally {
						permits.release();
						drain();
					}
				});
			}
			catch (RejectedExecutionException ex) {
				permits.release();
				throw ex;
			}
		}

		@Override
		public void shutdown() {
			delegate.shutdown();
		}

		@Override
		public List<Runnable> shutdownNow() {
			List<Runnable> never = List.copyOf(waiting);
			waiting.clear();
			delegate.shutdownNow();
			return never;
		}

		@Override
		public boolean isShutdown() {
			return delegate.isShutdown();
		}

		@Override
		public boolean isTerminated() {
			return delegate.isTerminated() && waiting.isEmpty();
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
			return delegate.awaitTermination(timeout, unit);
		}

	}

}
