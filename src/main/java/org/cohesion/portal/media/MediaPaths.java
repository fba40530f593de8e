package org.cohesion.portal.media;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Public addresses of derivatives. A derivative is named after the SHA-256 of the
 * uploaded file and its width ({@code /media/3f2a…-720.jpg}): the name changes whenever
 * the content does, so it is cached for a year as immutable. The widths are fixed here,
 * so any module can turn one derivative's path into a whole {@code srcset} without asking
 * the library.
 */
public final class MediaPaths {

	/** Widths of the derivatives, for phones (360), tablets (720/1080) and desktops. */
	public static final List<Integer> WIDTHS = List.of(360, 720, 1080, 1600);

	/** The width used where one image must do (feeds, Open Graph, plain links). */
	public static final int DEFAULT_WIDTH = 1080;

	public static final String PREFIX = "/media/";

	static final int HASH_LENGTH = 24;

	private static final Pattern RENDITION = Pattern.compile("/media/([0-9a-f]{24})-([0-9]{2,5})\\.(jpg|webp)");

	private MediaPaths() {
	}

	/**
	 * The widths made for an image {@code width} pixels wide: every standard width below
	 * it, and the image's own width when it is smaller than the largest.
	 */
	public static List<Integer> widths(int width) {
		List<Integer> widths = new ArrayList<>();
		for (int w : WIDTHS) {
			if (w < width) {
				widths.add(w);
			}
		}
		int largest = WIDTHS.get(WIDTHS.size() - 1);
		if (width <= largest && !widths.contains(width)) {
			widths.add(width);
		}
		if (width > largest && !widths.contains(largest)) {
			widths.add(largest);
		}
		return widths;
	}

	/** The storage name of a derivative ({@code 3f2a…-720.jpg}). */
	public static String fileName(String contentHash, int width, String extension) {
		return contentHash.substring(0, HASH_LENGTH) + "-" + width + "." + extension;
	}

	public static String path(String contentHash, int width, String extension) {
		return PREFIX + fileName(contentHash, width, extension);
	}

	/** The public address of a PDF document, served as a download. */
	public static String documentPath(String contentHash) {
		return PREFIX + "documents/" + contentHash.substring(0, HASH_LENGTH) + ".pdf";
	}

	/**
	 * The 24 hex digits naming a JPEG derivative's content, or null for any other path.
	 */
	public static @Nullable String hashOf(@Nullable String path) {
		if (path == null) {
			return null;
		}
		Matcher matcher = RENDITION.matcher(path);
		return matcher.matches() && "jpg".equals(matcher.group(3)) ? matcher.group(1) : null;
	}

	/**
	 * {@code srcset} for a derivative's path: the same image at every smaller standard
	 * width; null when the path is not a library derivative (a bundled demo image, say).
	 */
	public static @Nullable String srcset(@Nullable String path) {
		if (path == null) {
			return null;
		}
		Matcher matcher = RENDITION.matcher(path);
		if (!matcher.matches()) {
			return null;
		}
		int width = Integer.parseInt(matcher.group(2));
		StringBuilder srcset = new StringBuilder();
		for (int w : WIDTHS) {
			if (w < width) {
				srcset.append(PREFIX)
					.append(matcher.group(1))
					.append('-')
					.append(w)
					.append('.')
					.append(matcher.group(3))
					.append(' ')
					.append(w)
					.append("w, ");
			}
		}
		return srcset.append(path).append(' ').append(width).append('w').toString();
	}

}
