package org.cohesion.portal.media.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.cohesion.portal.media.TestImages;

/**
 * The media benchmark (bench/media-bench.sh): turns a 12-megapixel phone-like JPEG (4000
 * × 3000, gradients, shapes and sensor-like grain, quality 92 as phones write) into every
 * derivative, several times, and reports the time per photo, the peak heap while doing
 * it, and the bytes saved. Run it with -Xmx256m: the target is under 1.5 s per photo,
 * heap under 256 MB, and a 360 px derivative under 60 KB.
 */
public final class MediaBench {

	private MediaBench() {
	}

	public static void main(String[] args) throws Exception {
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		Path photo = Files.createTempFile("bench-12mp-", ".jpg");
		try {
			writePhoneJpeg(photo);
			ImageProcessor processor = new ImageProcessor(true);
			System.out.printf("java %s, max heap %d MB, WebP %s%n", System.getProperty("java.version"),
					Runtime.getRuntime().maxMemory() / 1024 / 1024, processor.webp() ? "yes" : "no (JPEG only)");
			System.out.printf("original: 4000 x 3000, %d KB%n", Files.size(photo) / 1024);
			for (int i = 0; i < 2; i++) {
				processor.derivatives(photo, "jpeg"); // warm-up
			}
			System.gc();
			resetPeaks();
			long best = Long.MAX_VALUE;
			long total = 0;
			List<ImageProcessor.Derivative> derivatives = null;
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				derivatives = processor.derivatives(photo, "jpeg");
				long elapsed = System.nanoTime() - start;
				best = Math.min(best, elapsed);
				total += elapsed;
			}
			long peak = peakHeap();
			long bytes = 0;
			for (ImageProcessor.Derivative derivative : derivatives) {
				bytes += derivative.bytes().length;
				System.out.printf("  %4d x %4d %-4s %7d bytes%n", derivative.width(), derivative.height(),
						derivative.extension(), derivative.bytes().length);
			}
			System.out.printf("time per photo: mean %d ms, best %d ms (%d runs)%n", total / runs / 1_000_000,
					best / 1_000_000, runs);
			System.out.printf("peak heap while processing: %d MB%n", peak / 1024 / 1024);
			long original = Files.size(photo);
			long small = derivatives.stream()
				.filter(d -> d.width() == 360 && d.extension().equals("jpg"))
				.findFirst()
				.orElseThrow()
				.bytes().length;
			System.out.printf(
					"all derivatives: %d KB (%.0f %% of the original); a phone reading the 360 px JPEG "
							+ "gets %d KB instead of %d KB%n",
					bytes / 1024, 100.0 * bytes / original, small / 1024, original / 1024);
		}
		finally {
			Files.deleteIfExists(photo);
		}
	}

	private static void writePhoneJpeg(Path target) throws IOException {
		var image = TestImages.photo(4000, 3000, 12);
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = writers.next();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
			writer.setOutput(out);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

	private static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	/** Sum of the heap pools' peaks: an upper bound of what was live at once. */
	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
