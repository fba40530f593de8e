package org.cohesion.portal.media.web;

import java.time.Instant;
import java.util.List;

import org.cohesion.portal.media.ImageView;
import org.cohesion.portal.media.MediaPaths;
import org.cohesion.portal.media.domain.MediaItem;
import org.cohesion.portal.media.domain.MediaKind;
import org.cohesion.portal.media.domain.MediaStatus;
import org.cohesion.portal.media.domain.MediaUsage;
import org.cohesion.portal.media.internal.MediaLibrary;
import org.jspecify.annotations.Nullable;

/** View records of the library's back-office pages. */
public final class LibraryViews {

	private LibraryViews() {
	}

	/** One item in the library list or on its own page. */
	public record Row(long id, String kind, String status, String name, @Nullable String alt, @Nullable String caption,
			@Nullable String credit, @Nullable Integer width, @Nullable Integer height, long bytes,
			long derivativeBytes, Instant uploadedAt, @Nullable String uploadedBy, @Nullable String failure,
			@Nullable String thumbnail, @Nullable String publicPath, List<Usage> usages, long version) {

		public boolean isImage() {
			return "IMAGE".equals(kind);
		}

		public boolean isReady() {
			return "READY".equals(status);
		}

		public boolean isProcessing() {
			return "PROCESSING".equals(status);
		}

		public boolean isFailed() {
			return "FAILED".equals(status);
		}

		public boolean needsAlt() {
			return isImage() && (alt == null || alt.isBlank());
		}

		public boolean isUsed() {
			return !usages.isEmpty();
		}

		public String size() {
			return bytes >= 1024 * 1024 ? String.format(java.util.Locale.FRANCE, "%.1f Mo", bytes / 1048576.0)
					: Math.max(1, bytes / 1024) + " Ko";
		}

	}

	public record Usage(String label, @Nullable String path) {
	}

	/** The filters of the list, as the form sent them. */
	public record Filters(@Nullable String q, @Nullable String type, @Nullable String usage, @Nullable String month) {

		public String queryString(int page) {
			StringBuilder query = new StringBuilder("?page=").append(page);
			append(query, "q", q);
			append(query, "type", type);
			append(query, "usage", usage);
			append(query, "month", month);
			return query.toString();
		}

		private static void append(StringBuilder query, String name, @Nullable String value) {
			if (value != null && !value.isBlank()) {
				query.append('&')
					.append(name)
					.append('=')
					.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
			}
		}

	}

	static Row row(MediaItem item, List<MediaUsage> usages) {
		String thumbnail = null;
		String publicPath = null;
		if (item.getKind() == MediaKind.IMAGE && item.getStatus() == MediaStatus.READY) {
			ImageView view = MediaLibrary.view(item);
			thumbnail = view.src(360);
			publicPath = view.src();
		}
		else if (item.getKind() == MediaKind.DOCUMENT) {
			publicPath = MediaPaths.documentPath(item.getContentHash());
		}
		return new Row(item.getId(), item.getKind().name(), item.getStatus().name(), item.getOriginalName(),
				item.getAlt(), item.getCaption(), item.getCredit(), item.getWidth(), item.getHeight(),
				item.getByteSize(), item.getDerivativeBytes(), item.getUploadedAt(), item.getUploadedBy(),
				item.getFailure(), thumbnail, publicPath,
				usages.stream().map(usage -> new Usage(usage.getLabel(), usage.getPath())).toList(), item.getVersion());
	}

}
