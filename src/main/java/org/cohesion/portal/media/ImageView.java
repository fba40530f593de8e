package org.cohesion.portal.media;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A library image as pages show it: its text alternative, caption and credit, its size as
 * displayed, and the addresses of its derivatives (JPEG always, WebP when the encoder was
 * available).
 */
public record ImageView(long id, String alt, @Nullable String caption, @Nullable String credit, int width, int height,
		String contentHash, boolean webp) {

	public List<Integer> widths() {
		return MediaPaths.widths(width);
	}

	public int largestWidth() {
		List<Integer> widths = widths();
		return widths.get(widths.size() - 1);
	}

	/**
	 * The derivative closest to {@code wanted} pixels wide without going over it when
	 * possible.
	 */
	public int widthFor(int wanted) {
		int best = widths().get(0);
		for (int w : widths()) {
			if (w <= wanted) {
				best = w;
			}
		}
		return best;
	}

	/** The JPEG at about {@code wanted} pixels wide. */
	public String src(int wanted) {
		return MediaPaths.path(contentHash, widthFor(wanted), "jpg");
	}

	/** The default JPEG ({@value MediaPaths#DEFAULT_WIDTH} px or less). */
	public String src() {
		return src(MediaPaths.DEFAULT_WIDTH);
	}

	/** The largest JPEG, for a full-screen view. */
	public String largest() {
		return MediaPaths.path(contentHash, largestWidth(), "jpg");
	}

	public String srcset() {
		return srcset("jpg");
	}

	public @Nullable String webpSrcset() {
		return webp ? srcset("webp") : null;
	}

	/** Height of the derivative {@code w} pixels wide, for width/height attributes. */
	public int heightAt(int w) {
		return Math.max(1, Math.round((float) height * w / width));
	}

	private String srcset(String extension) {
		return widths().stream()
			.map(w -> MediaPaths.path(contentHash, w, extension) + " " + w + "w")
			.collect(Collectors.joining(", "));
	}

}
