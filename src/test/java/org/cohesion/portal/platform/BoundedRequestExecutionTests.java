package org.cohesion.portal.platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cohesion.portal.platform.BoundedRequestExecution.BoundedExecutor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BoundedRequestExecutionTests {

	@Test
	void noMoreRequestsRunAtOnceThanTheBoundAndTheOthersRunLater() throws InterruptedException {
		ExecutorService threads = Executors.newCachedThreadPool();
		BoundedExecutor executor = new BoundedExecutor(threads, 3);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger running = new AtomicInteger();
		AtomicInteger mostAtOnce = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		try {
			for (int i = 0; i < 20; i++) {
				executor.execute(() -> {
					mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
					try {
						release.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					running.decrementAndGet();
					done.incrementAndGet();
				});
			}
			await().until(() -> running.get() == 3);
			assertThat(done).hasValue(0);
			release.countDown();
			await().until(() -> done.get() == 20);
			assertThat(mostAtOnce).hasValue(3);
		}
		finally {
			threads.shutdownNow();
			threads.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

	@Test
	void tasksSubmittedFromManyThreadsAllRun() throws InterruptedException {
		ExecutorService threads = Executors.newCachedThreadPool();
		ExecutorService submitters = Executors.newFixedThreadPool(4);
		BoundedExecutor executor = new BoundedExecutor(threads, 2);
		AtomicInteger done = new AtomicInteger();
		try {
			for (int i = 0; i < 4; i++) {
				submitters.execute(() -> {
					for (int j = 0; j < 500; j++) {
						executor.execute(done::incrementAndGet);
					}
				});
			}
			await().until(() -> done.get() == 2000);
		}
		finally {
			submitters.shutdownNow();
			threads.shutdownNow();
			threads.awaitTermination(5, TimeUnit.SECONDS);
		}
	}

}
