package org.cohesion.portal.media.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.cohesion.portal.media.domain.Gallery;
import org.cohesion.portal.media.domain.GalleryImage;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.cohesion.portal.media.internal.MediaRefused;
import org.cohesion.portal.shared.DemoContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports the bundled demo illustrations ({@code static/demo/*.jpg}) into an empty
 * library, through the same checks and processing as an upload, describes them with the
 * text alternatives of the demo articles, and creates the demo galleries. Runs before the
 * newsroom's demo loader, which then takes its covers and galleries from here.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(DemoContent.PROPERTY)
class MediaDemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MediaDemoContent.class);

	private final MediaLibrary library;

	private final MediaItemRepository items;

	private final GalleryRepository galleries;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaDemoContent(MediaLibrary library, MediaItemRepository items, GalleryRepository galleries,
			TransactionTemplate transactions, Clock clock) {
		this.library = library;
		this.items = items;
		this.galleries = galleries;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (items.count() > 0) {
			return;
		}
		JsonNode content = DemoContent.read();
		Map<String, String> alts = new HashMap<>();
		for (JsonNode article : content.get("articles")) {
			if (article.hasNonNull("image")) {
				alts.putIfAbsent(article.get("image").asString(), article.path("imageAlt").asString(""));
			}
		}
		Map<String, Long> imported = new LinkedHashMap<>();
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:static/demo/*.jpg");
		for (Resource file : files) {
			String name = file.getFilename();
			try (InputStream in = file.getInputStream()) {
				MediaItem item = library.acceptForProcessingByCaller(in, name, "démonstration").item();
				transactions.executeWithoutResult(status -> items.findById(item.getId())
					.ifPresent(found -> found.describe(alts.get(name), null, null)));
				imported.put(name, item.getId());
			}
			catch (MediaRefused ex) {
				throw new IllegalStateException("Demo image refused: " + name + " " + ex.key());
			}
		}
		processAtOnce(imported.values());
		int count = 0;
		for (JsonNode node : content.path("galleries")) {
			transactions.executeWithoutResult(status -> {
				Gallery gallery = Gallery.withSlug(node.get("slug").asString(), node.get("title").asString(),
						node.path("description").asString(null),
						java.time.LocalDate.now(clock).minusDays(node.path("daysAgo").asInt(0)),
						galleries::existsBySlug, clock);
				List<GalleryImage> images = new ArrayList<>();
				for (JsonNode image : node.get("images")) {
					Long id = imported.get(image.get("file").asString());
					if (id != null) {
						images.add(new GalleryImage(id, image.path("caption").asString(null)));
					}
				}
				gallery.arrange(images, clock);
				galleries.saveAndFlush(gallery);
				library.replace(MediaLibrary.GALLERY, gallery.getId(),
						images.stream().map(GalleryImage::getMediaId).toList(), "Galerie : " + gallery.getTitle(),
						"/admin/galeries/" + gallery.getId());
			});
			count++;
		}
		log.info("Demo content: {} images imported into the media library, {} galleries", imported.size(), count);
	}

	/**
	 * Makes the derivatives of the demo images on every core rather than one after the
	 * other: the JPEG and WebP encoding of the twelve images was the longest wait between
	 * the start and a home page with its galleries. The bundled images are 1200×675, so a
	 * few decoded at once stay far below the decode budget of one worker.
	 */
	private void processAtOnce(Collection<Long> ids) {
		int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (Long id : ids) {
				done.add(pool.submit(() -> library.process(id)));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while processing the demo images", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Demo image processing failed", ex.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

}
