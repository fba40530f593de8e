package org.cohesion.portal.media.internal;

import org.springframework.util.unit.DataSize;

/**
 * The memory one image decode may take, and how each decode is kept within it. By default
 * a quarter of the maximum heap shared by the workers (a 384 MB heap and one worker give
 * 96 MB), so the rest of the application keeps its share however hostile the file.
 * <p>
 * Two kinds of decoders: those that can read a reduced image directly (JPEG and PNG by
 * ImageIO's source subsampling, WebP by libwebp's scaling) are given a step large enough
 * that the reduced image and its working copies fit; those that must hold the whole frame
 * whatever the output size (libwebp for a lossless WebP, libjpeg for a progressive JPEG,
 * both in native memory) are refused at upload when the whole frame would not fit.
 */
final class DecodeBudget {

	/**
	 * Heap per decoded pixel: the decoded image (up to 8 bytes for 16-bit RGBA), its sRGB
	 * and upright copies (4 bytes each), and the first halving step.
	 */
	static final int BYTES_PER_DECODED_PIXEL = 16;

	private final long bytes;

	DecodeBudget(long bytes) {
		if (bytes < 1024 * 1024) {
			throw new IllegalArgumentException("A decode budget under 1 MB cannot decode anything useful");
		}
		this.bytes = bytes;
	}

	/** A quarter of {@code maxHeap}, shared by {@code workers}. */
	static DecodeBudget forHeap(long maxHeap, int workers) {
		return new DecodeBudget(maxHeap / 4 / Math.max(1, workers));
	}

	/** As configured ({@code portal.media.decode-memory}), or from this JVM's heap. */
	static DecodeBudget of(MediaProperties properties) {
		DataSize configured = properties.decodeMemory();
		return configured != null ? new DecodeBudget(configured.toBytes())
				: forHeap(Runtime.getRuntime().maxMemory(), properties.workers());
	}

	long bytes() {
		return bytes;
	}

	/** The most pixels a decoded (subsampled) image may have. */
	long decodedPixels() {
		return bytes / BYTES_PER_DECODED_PIXEL;
	}

	/**
	 * The subsampling step for an image of {@code width} × {@code height} stored pixels:
	 * {@code smallest} (what still covers the largest derivative), more if the reduced
	 * image would not fit.
	 */
	int step(int width, int height, int smallest) {
		int step = Math.max(1, smallest);
		while ((long) ceilDiv(width, step) * ceilDiv(height, step) > decodedPixels()) {
			step++;
		}
		return step;
	}

	/** Whether a decoder holding the whole frame at {@code bytesPerPixel} fits. */
	boolean fitsWholeFrame(long pixels, int bytesPerPixel) {
		return pixels * bytesPerPixel <= bytes;
	}

	/**
	 * The largest whole frame that fits at {@code bytesPerPixel}, in millions of pixels.
	 */
	long wholeFrameMegapixels(int bytesPerPixel) {
		return bytes / bytesPerPixel / 1_000_000;
	}

	static int ceilDiv(int value, int divisor) {
		return (value + divisor - 1) / divisor;
	}

}
