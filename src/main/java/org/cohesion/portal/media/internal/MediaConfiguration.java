package org.cohesion.portal.media.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import org.cohesion.portal.audit.AuditTrail;
import org.cohesion.portal.media.domain.GalleryIndexing;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaUsageRepository;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the library: its storage (local directory or S3-compatible bucket, by
 * configuration), the checks, the image processor and its own small pool of workers, so
 * that a burst of uploads queues up instead of taking the heap.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaProperties.class)
class MediaConfiguration {

	@Bean
	MediaStorage mediaStorage(MediaProperties properties) {
		return "s3".equalsIgnoreCase(properties.storage()) ? new S3MediaStorage(properties.s3())
				: new LocalMediaStorage(properties.root());
	}

	@Bean
	ThreadPoolTaskExecutor mediaWorkers(MediaProperties properties) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(Math.max(1, properties.workers()));
		executor.setMaxPoolSize(Math.max(1, properties.workers()));
		executor.setThreadNamePrefix("media-");
		executor.setWaitForTasksToCompleteOnShutdown(false);
		return executor;
	}

	@Bean
	MediaLibrary mediaLibrary(MediaItemRepository items, MediaUsageRepository usages, GalleryRepository galleries,
			MediaStorage storage, MediaProperties properties, ThreadPoolTaskExecutor mediaWorkers,
			PlatformTransactionManager transactionManager, GalleryIndexing galleryIndexing, Clock clock) {
		Executor workers = mediaWorkers;
		DecodeBudget budget = DecodeBudget.of(properties);
		return new MediaLibrary(items, usages, galleries, storage, new ContentInspector(properties, budget),
				new ImageProcessor(properties.webp(), budget), properties, workers,
				new TransactionTemplate(transactionManager), galleryIndexing, clock);
	}

	@Bean
	GalleryAdmin galleryAdmin(GalleryRepository galleries, MediaItemRepository items, MediaLibrary library,
			AuditTrail audit, Clock clock) {
		return new GalleryAdmin(galleries, items, library, audit, clock);
	}

	@Bean
	MediaAdmin mediaAdmin(MediaLibrary library, MediaItemRepository items, MediaUsageRepository usages,
			AuditTrail audit) {
		return new MediaAdmin(library, items, usages, audit);
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(MediaLibrary.class).resumeUnfinished();
	}

}
