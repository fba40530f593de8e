package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

import org.cohesion.portal.media.GalleryView;
import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.MediaApi;
import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.media.MediaUsages;
import org.cohesion.portal.media.domain.Gallery;
import org.cohesion.portal.media.domain.GalleryImage;
import org.cohesion.portal.media.domain.GalleryIndexing;
import org.cohesion.portal.media.domain.GalleryRepository;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaItemRepository;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.domain.MediaUsage;
import org.cohesion.portal.media.domain.MediaUsageRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The library: takes uploads (checked by {@link ContentInspector}, stored, recorded),
 * hands images to the background workers that make their derivatives, deletes what is not
 * used, and answers the other modules ({@link MediaApi}, {@link MediaUsages}).
 */
public class MediaLibrary implements MediaApi, MediaUsages {

	private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

	/** Usages written by the library itself, for its galleries. */
	public static final String GALLERY = "gallery";

	private final MediaItemRepository items;

	private final MediaUsageRepository usages;

	private final GalleryRepository galleries;

	private final MediaStorage storage;

	private final ContentInspector inspector;

	private final ImageProcessor processor;

	private final MediaProperties properties;

	private final Executor workers;

	private final TransactionTemplate transactions;

	private final GalleryIndexing galleryIndexing;

	private final Clock clock;

	MediaLibrary(MediaItemRepository items, MediaUsageRepository usages, GalleryRepository galleries,
			MediaStorage storage, ContentInspector inspector, ImageProcessor processor, MediaProperties properties,
			Executor workers, TransactionTemplate transactions, GalleryIndexing galleryIndexing, Clock clock) {
		this.items = items;
		this.usages = usages;
		this.galleries = galleries;
		this.storage = storage;
		this.inspector = inspector;
		this.processor = processor;
		this.properties = properties;
		this.workers = workers;
		this.transactions = transactions;
		this.galleryIndexing = galleryIndexing;
		this.clock = clock;
	}

	/**
	 * What became of one uploaded file: a new item, the existing item holding the same
	 * bytes ({@code duplicate}), or a failed item sent back to processing
	 * ({@code retried}); {@code removedActiveParts} counts what {@link PdfSanitizer} took
	 * out of a PDF.
	 */
	public record Accepted(MediaItem item, boolean duplicate, boolean retried, int removedActiveParts) {
	}

	/**
	 * Checks, stores and records one uploaded file; an image is then processed in the
	 * background. On refusal nothing is left behind: the temporary copy is deleted and
	 * nothing was stored.
	 */
	public Accepted accept(InputStream content, String originalName, @Nullable String uploader)
			throws MediaRefused, IOException {
		return accept(content, originalName, uploader, true);
	}

	/**
	 * As {@link #accept(InputStream, String, String)}; with {@code background} false the
	 * derivatives are made before returning (demo content, imports).
	 */
	public Accepted accept(InputStream content, String originalName, @Nullable String uploader, boolean background)
			throws MediaRefused, IOException {
		return accept(content, originalName, uploader, background ? Processing.BACKGROUND : Processing.NOW);
	}

	/**
	 * As {@link #accept(InputStream, String, String)}, but a new image is left for the
	 * caller to {@link #process(long)}: the demo import records its images one after the
	 * other (so their ids follow the files' order) and then processes them on several
	 * threads at once.
	 */
	public Accepted acceptForProcessingByCaller(InputStream content, String originalName, @Nullable String uploader)
			throws MediaRefused, IOException {
		return accept(content, originalName, uploader, Processing.CALLER);
	}

	/** Who makes the derivatives of an accepted image, and when. */
	private enum Processing {

		BACKGROUND, NOW, CALLER

	}

	private Accepted accept(InputStream content, String originalName, @Nullable String uploader, Processing processing)
			throws MediaRefused, IOException {
		String name = cleanName(originalName);
		Path temporary = Files.createTempFile("portal-upload-", ".bin");
		Path rewritten = null;
		try {
			String hash = copy(content, temporary, name);
			ContentInspector.Inspection inspection = inspector.inspect(temporary, name);
			Path kept = temporary;
			int removed = 0;
			if (inspection.isDocument()) {
				rewritten = Files.createTempFile("portal-document-", ".pdf");
				try {
					removed = PdfSanitizer.rewrite(temporary, rewritten);
				}
				catch (IOException | RuntimeException ex) {
					throw new MediaRefused("media.refused.undecodable", name);
				}
				kept = rewritten;
			}
			String key = originalKey(hash, inspection.extension());
			Optional<MediaItem> existing = items.findByContentHash(hash);
			if (existing.isPresent()) {
				if (existing.get().getStatus() != MediaStatus.FAILED) {
					return new Accepted(existing.get(), true, false, 0);
				}
				if (!storage.exists(key)) {
					storage.put(key, kept, inspection.contentType());
				}
				return new Accepted(retry(existing.get().getId(), processing != Processing.NOW), false, true, 0);
			}
			boolean stored = storage.exists(key);
			storage.put(key, kept, inspection.contentType());
			long size = sizeOf(kept);
			try {
				MediaItem item = transactions.execute(status -> {
					MediaItem created = inspection.isDocument()
							? MediaItem.document(name, hash, size, clock.instant(), uploader)
							: MediaItem.image(name, hash, inspection.contentType(), size, inspection.displayWidth(),
									inspection.displayHeight(), clock.instant(), uploader);
					return items.saveAndFlush(created);
				});
				if (item.getStatus() == MediaStatus.PROCESSING && processing != Processing.CALLER) {
					item = start(item, processing == Processing.BACKGROUND);
				}
				return new Accepted(item, false, false, removed);
			}
			catch (RuntimeException ex) {
				if (!stored) {
					storage.delete(key);
				}
				throw ex;
			}
		}
		finally {
			Files.deleteIfExists(temporary);
			if (rewritten != null) {
				Files.deleteIfExists(rewritten);
			}
		}
	}

	/**
	 * Sends a failed image back to processing (its original is kept when processing
	 * fails, for this); the caller checked the original is stored.
	 */
	MediaItem retry(long id, boolean background) {
		MediaItem item = transactions.execute(status -> {
			MediaItem found = items.findById(id).orElseThrow();
			found.retry();
			return items.saveAndFlush(found);
		});
		return start(item, background);
	}

	/** Whether the original of an item is still in storage (a retry needs it). */
	boolean originalStored(MediaItem item) throws IOException {
		return storage.exists(originalKey(item.getContentHash(), extension(item.getContentType())));
	}

	private MediaItem start(MediaItem item, boolean background) {
		if (background) {
			schedule(item.getId());
			return item;
		}
		process(item.getId());
		return items.findById(item.getId()).orElse(item);
	}

	/** Hands an image to the background workers once the current transaction commits. */
	void schedule(long id) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					workers.execute(() -> process(id));
				}
			});
		}
		else {
			workers.execute(() -> process(id));
		}
	}

	/** Images left half-done by a stop: processed again (the result is the same). */
	public void resumeUnfinished() {
		items.findByStatus(MediaStatus.PROCESSING).forEach(item -> schedule(item.getId()));
	}

	/** Makes and stores the derivatives of one image; marks it ready, or failed. */
	public void process(long id) {
		MediaItem item = items.findById(id).orElse(null);
		if (item == null || item.getStatus() != MediaStatus.PROCESSING) {
			return;
		}
		String format = item.getContentType().substring("image/".length());
		String key = originalKey(item.getContentHash(), extension(item.getContentType()));
		List<String> written = new ArrayList<>();
		Path temporary = null;
		try {
			temporary = Files.createTempFile("portal-original-", ".bin");
			Optional<MediaStorage.StoredFile> original = storage.open(key);
			if (original.isEmpty()) {
				fail(id, "media.failed.missing", written);
				return;
			}
			try (InputStream in = original.get().content(); OutputStream out = Files.newOutputStream(temporary)) {
				in.transferTo(out);
			}
			long bytes = 0;
			boolean webp = false;
			for (ImageProcessor.Derivative derivative : processor.derivatives(temporary, format)) {
				String name = MediaPaths.fileName(item.getContentHash(), derivative.width(), derivative.extension());
				storage.put(publicKey(name), derivative.bytes(),
						"webp".equals(derivative.extension()) ? "image/webp" : "image/jpeg");
				written.add(publicKey(name));
				bytes += derivative.bytes().length;
				webp |= "webp".equals(derivative.extension());
			}
			long total = bytes;
			boolean withWebp = webp;
			transactions.executeWithoutResult(status -> items.findById(id).ifPresent(found -> {
				if (found.getStatus() == MediaStatus.PROCESSING) {
					found.processed(withWebp, total);
					galleryIndexing.itemChanged(id);
				}
			}));
			log.info("Media {} processed: {} derivatives, {} bytes", id, written.size(), total);
		}
		catch (ImageProcessor.Undecodable ex) {
			log.info("Media {} could not be decoded: {}", id, ex.getMessage());
			// The original stays, so that the item can be retried (a newer version of the
			// portal may read it) or deleted.
			fail(id, "media.failed.undecodable", written);
		}
		catch (Exception | OutOfMemoryError ex) {
			log.warn("Media {} processing failed", id, ex);
			fail(id, "media.failed.error", written);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					log.warn("Could not delete {}", temporary);
				}
			}
		}
	}

	private void fail(long id, String reason, List<String> written) {
		written.forEach(this::deleteQuietly);
		transactions.executeWithoutResult(status -> items.findById(id).ifPresent(item -> item.failed(reason)));
	}

	/**
	 * Deletes an item that nothing uses, and its files once the deletion is committed.
	 * @return false if it is used somewhere (nothing is deleted)
	 */
	@Transactional
	public boolean delete(MediaItem item) {
		if (usages.existsByMediaId(item.getId()) || !galleries.findContaining(item.getId()).isEmpty()) {
			return false;
		}
		List<String> keys = new ArrayList<>();
		keys.add(originalKey(item.getContentHash(), extension(item.getContentType())));
		if (item.getKind() == MediaKind.IMAGE && item.getWidth() != null) {
			for (int width : MediaPaths.widths(item.getWidth())) {
				keys.add(publicKey(MediaPaths.fileName(item.getContentHash(), width, "jpg")));
				keys.add(publicKey(MediaPaths.fileName(item.getContentHash(), width, "webp")));
			}
		}
		items.delete(item);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(MediaLibrary.this::deleteQuietly);
			}
		});
		return true;
	}

	/**
	 * To call in the transaction that changed an item's description: the galleries
	 * showing it may enter or leave the search index.
	 */
	public void itemChanged(long id) {
		galleryIndexing.itemChanged(id);
	}

	// --- MediaApi

	@Override
	@Transactional(readOnly = true)
	public Optional<ImageView> image(long id) {
		return items.findById(id)
			.filter(MediaItem::isPublishable)
			.filter(m -> m.getKind() == MediaKind.IMAGE)
			.map(MediaLibrary::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ImageView> publishableImages(int limit) {
		return items.publishableImages(PageRequest.of(0, limit)).stream().map(MediaLibrary::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GalleryView> gallery(long id) {
		return galleries.findById(id).map(gallery -> views(List.of(gallery)).get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<GalleryView> gallery(String slug) {
		return galleries.findBySlug(slug).map(gallery -> views(List.of(gallery)).get(0));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<GalleryView> publicGalleries(int page, int size) {
		Page<Gallery> found = galleries.findShowable(PageRequest.of(page, size));
		return new PageImpl<>(views(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	@Override
	@Transactional(readOnly = true)
	public List<GalleryView> galleries(int limit) {
		return views(galleries.findAllByOrderByDateDescIdDesc(PageRequest.of(0, limit)));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> findByOriginalName(String originalName) {
		return items.findFirstByOriginalNameOrderByIdAsc(originalName).map(MediaItem::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> findGalleryId(String slug) {
		return galleries.findBySlug(slug).map(Gallery::getId);
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Long> findIdsShownIn(String html) {
		Set<Long> ids = new LinkedHashSet<>();
		java.util.regex.Matcher matcher = SHOWN.matcher(html);
		while (matcher.find()) {
			items.findFirstByContentHashStartingWith(matcher.group(1)).ifPresent(item -> ids.add(item.getId()));
		}
		return ids;
	}

	private static final java.util.regex.Pattern SHOWN = java.util.regex.Pattern
		.compile("/media/([0-9a-f]{24})-[0-9]{2,5}\\.(?:jpg|webp)");

	/** Gallery views with their publishable images, loaded in one query. */
	public List<GalleryView> views(List<Gallery> list) {
		Set<Long> ids = new LinkedHashSet<>();
		list.forEach(gallery -> gallery.getImages().forEach(image -> ids.add(image.getMediaId())));
		Map<Long, MediaItem> byId = new LinkedHashMap<>();
		items.findAllById(ids).forEach(item -> byId.put(item.getId(), item));
		List<GalleryView> views = new ArrayList<>();
		for (Gallery gallery : list) {
			List<GalleryView.Photo> photos = new ArrayList<>();
			for (GalleryImage image : gallery.getImages()) {
				MediaItem item = byId.get(image.getMediaId());
				if (item != null && item.isPublishable() && item.getKind() == MediaKind.IMAGE) {
					photos.add(new GalleryView.Photo(view(item),
							image.getCaption() != null ? image.getCaption() : item.getCaption()));
				}
			}
			views.add(new GalleryView(gallery.getId(), gallery.getSlug(), gallery.getTitle(), gallery.getDescription(),
					gallery.getDate(), photos));
		}
		return views;
	}

	public static ImageView view(MediaItem item) {
		return new ImageView(item.getId(), item.getAlt() == null ? "" : item.getAlt(), item.getCaption(),
				item.getCredit(), item.getWidth() == null ? 1 : item.getWidth(),
				item.getHeight() == null ? 1 : item.getHeight(), item.getContentHash(), item.hasWebp());
	}

	// --- MediaUsages

	@Override
	@Transactional
	public void replace(String ownerType, long ownerId, Collection<Long> mediaIds, String label,
			@Nullable String path) {
		Set<Long> wanted = new LinkedHashSet<>();
		items.findAllById(mediaIds).forEach(item -> wanted.add(item.getId()));
		for (MediaUsage usage : usages.findByOwnerTypeAndOwnerId(ownerType, ownerId)) {
			if (wanted.remove(usage.getMediaId())) {
				usage.relabel(label, path);
			}
			else {
				usages.delete(usage);
			}
		}
		usages.flush();
		wanted.forEach(mediaId -> usages.save(new MediaUsage(mediaId, ownerType, ownerId, label, path)));
	}

	// --- files

	/** A document ready to download, by the first 24 hex digits of its hash. */
	@Transactional(readOnly = true)
	public Optional<MediaItem> readyDocument(String hashPrefix) {
		return items.findFirstByContentHashStartingWith(hashPrefix)
			.filter(found -> found.getKind() == MediaKind.DOCUMENT && found.getStatus() == MediaStatus.READY);
	}

	public Optional<MediaStorage.StoredFile> openPublic(String fileName) throws IOException {
		return storage.open(publicKey(fileName));
	}

	public Optional<MediaStorage.StoredFile> openOriginal(MediaItem item) throws IOException {
		return storage.open(originalKey(item.getContentHash(), extension(item.getContentType())));
	}

	public MediaProperties properties() {
		return properties;
	}

	static String originalKey(String hash, String extension) {
		return "originals/" + hash + "." + extension;
	}

	static String publicKey(String fileName) {
		return "public/" + fileName;
	}

	static String extension(String contentType) {
		return switch (contentType) {
			case "image/jpeg" -> "jpg";
			case "image/png" -> "png";
			case "image/webp" -> "webp";
			case "application/pdf" -> "pdf";
			default -> "bin";
		};
	}

	private void deleteQuietly(String key) {
		try {
			storage.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete {}: {}", key, ex.toString());
		}
	}

	/** Copies at most the size limit, hashing on the way. */
	private String copy(InputStream content, Path target, String name) throws IOException, MediaRefused {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		long limit = properties.maxFileSize().toBytes();
		long total = 0;
		byte[] buffer = new byte[65536];
		try (InputStream in = new DigestInputStream(content, digest);
				OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				total += read;
				if (total > limit) {
					throw new MediaRefused("media.refused.tooLarge", name, properties.maxFileSize().toMegabytes());
				}
				out.write(buffer, 0, read);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * The file's own name without any path, control characters (NUL included),
	 * bidirectional controls (a right-to-left override turns {@code gpj.exe} into what
	 * reads as {@code exe.jpg}), or excess length.
	 */
	static String cleanName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return "fichier";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1)
			.replaceAll("[\\p{Cntrl}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
			.strip();
		if (base.isEmpty()) {
			return "fichier";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

}
