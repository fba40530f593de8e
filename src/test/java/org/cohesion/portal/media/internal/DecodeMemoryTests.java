package org.cohesion.portal.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.cohesion.portal.media.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Decoding stays within the budget a 384 MB heap gives one worker (96 MB), at the
 * configured limits (60 million pixels, 12 000 px a side), with the real decoders: the
 * heap each decode allocates is measured on its thread (all it allocates, so more than
 * its peak), and files whose decoder must hold the whole frame are refused at upload.
 */
class DecodeMemoryTests {

	static final DecodeBudget HEAP_384_MB = DecodeBudget.forHeap(DataSize.ofMegabytes(384).toBytes(), 1);

	static final MediaProperties LIMITS = new MediaProperties("local", Path.of("unused"), DataSize.ofMegabytes(20),
			60_000_000, 12_000, 1, true, new MediaProperties.S3(null, "b", "r", null, null), null);

	@TempDir
	Path directory;

	@Test
	void aSixtyMegapixelLosslessWebpOfAFewBytesIsRefusedAtUpload() throws Exception {
		byte[] bomb = TestImages.flatLosslessWebp(10_000, 6_000);
		assertThat(bomb.length).isLessThan(100);
		Path file = write("bombe.webp", bomb);

		assertThatExceptionOfType(MediaRefused.class)
			.isThrownBy(() -> new ContentInspector(LIMITS, HEAP_384_MB).inspect(file, "bombe.webp"))
			.satisfies(refused -> assertThat(refused.key()).isEqualTo("media.refused.losslessTooLarge"));
	}

	@Test
	void aLargeLosslessWebpWithinTheBudgetIsDecodedScaledDown() throws Exception {
		// 20 MP: 80 MB for libwebp's whole frame (native), fits the 96 MB budget; decoded
		// whole into the heap it would take 80 MB more, scaled it takes about 9 MB.
		Path file = write("grande.webp", TestImages.flatLosslessWebp(5_000, 4_000));
		assertThat(new ContentInspector(LIMITS, HEAP_384_MB).inspect(file, "grande.webp").width()).isEqualTo(5_000);
		ImageProcessor processor = new ImageProcessor(false, HEAP_384_MB);

		long allocated = allocatedWhile(() -> processor.decodeUpright(file, "webp"));
		ImageProcessor.Decoded decoded = processor.decodeUpright(file, "webp");

		assertThat(decoded.displayWidth()).isEqualTo(5_000);
		assertThat(decoded.image().getWidth()).isBetween(1_600, 2_500);
		assertThat(decoded.image().getRGB(10, 10) & 0xFFFFFF).isEqualTo(0x408020);
		assertThat(allocated).isLessThan(HEAP_384_MB.bytes() / 2);
		assertThat(processor.derivatives(file, "webp")).extracting(ImageProcessor.Derivative::width)
			.containsExactly(1600, 1080, 720, 360);
	}

	@Test
	void aTallPngAtTheSizeLimitIsSubsampledIntoTheBudget() throws Exception {
		// 1 600 × 12 000: the width asks for no subsampling, but 19 MP decoded whole and
		// converted would take over 130 MB of heap.
		Path file = write("haute.png", flatPng(1_600, 12_000));
		ImageProcessor processor = new ImageProcessor(false, HEAP_384_MB);

		long allocated = allocatedWhile(() -> processor.decodeUpright(file, "png"));

		assertThat(allocated).isLessThan(HEAP_384_MB.bytes());
		// and its 1 600 × 12 000 derivative would not fit either: refused at upload
		assertThatExceptionOfType(MediaRefused.class)
			.isThrownBy(() -> new ContentInspector(LIMITS, HEAP_384_MB).inspect(file, "haute.png"))
			.satisfies(refused -> assertThat(refused.key()).isEqualTo("media.refused.tooTall"));
	}

	@Test
	void aTallImageWhoseDerivativesFitIsProcessed() throws Exception {
		Path file = write("infographie.png", flatPng(1_000, 5_000));
		assertThat(new ContentInspector(LIMITS, HEAP_384_MB).inspect(file, "infographie.png").height())
			.isEqualTo(5_000);

		List<ImageProcessor.Derivative> derivatives = new ImageProcessor(false, HEAP_384_MB).derivatives(file, "png");

		assertThat(derivatives).extracting(ImageProcessor.Derivative::width).containsExactly(1000, 720, 360);
		assertThat(derivatives.get(0).height()).isEqualTo(5_000);
	}

	private static byte[] flatPng(int width, int height) throws IOException {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), "png", png);
		return png.toByteArray();
	}

	@Test
	void theBudgetComesFromTheHeapAndTheWorkers() {
		assertThat(HEAP_384_MB.bytes()).isEqualTo(96L * 1024 * 1024);
		assertThat(DecodeBudget.forHeap(DataSize.ofMegabytes(384).toBytes(), 2).bytes()).isEqualTo(48L * 1024 * 1024);
		// 60 MP at 12 000 × 5 000: subsampled until it fits 6 MP
		int step = HEAP_384_MB.step(12_000, 5_000, 12_000 / 1_600);
		assertThat((long) DecodeBudget.ceilDiv(12_000, step) * DecodeBudget.ceilDiv(5_000, step))
			.isLessThanOrEqualTo(HEAP_384_MB.decodedPixels());
	}

	@Test
	void animatedWebpAndHeicAreRefusedWithTheirOwnReason() throws Exception {
		ContentInspector inspector = new ContentInspector(LIMITS, HEAP_384_MB);
		Path animated = write("anime.webp", TestImages.animatedWebp());
		Path heic = write("IMG_1234.jpg", TestImages.heic());

		assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> inspector.inspect(animated, "anime.webp"))
			.satisfies(refused -> assertThat(refused.key()).isEqualTo("media.refused.animated"));
		assertThatExceptionOfType(MediaRefused.class).isThrownBy(() -> inspector.inspect(heic, "IMG_1234.jpg"))
			.satisfies(refused -> assertThat(refused.key()).isEqualTo("media.refused.heic"));
	}

	@Test
	void cmykJpegsWithAndWithoutProfileAreConvertedToSrgb() throws Exception {
		ContentInspector inspector = new ContentInspector(LIMITS, HEAP_384_MB);
		ImageProcessor processor = new ImageProcessor(false, HEAP_384_MB);
		for (boolean[] kind : new boolean[][] { { false, false }, { false, true }, { true, false } }) {
			boolean profile = kind[1];
			Path file = write("cmyk-" + kind[0] + profile + ".jpg", TestImages.cmykJpeg(400, 300, kind[0], profile));
			assertThat(inspector.inspect(file, "cmyk.jpg").format()).isEqualTo("jpeg");

			BufferedImage image = processor.decodeUpright(file, "jpeg").image();

			int rgb = image.getRGB(200, 150);
			int red = (rgb >> 16) & 0xFF;
			int green = (rgb >> 8) & 0xFF;
			int blue = rgb & 0xFF;
			assertThat(red).as("cyan, ycck %s profile %s: %06x", kind[0], profile, rgb & 0xFFFFFF).isLessThan(100);
			assertThat(green).as("cyan, ycck %s profile %s: %06x", kind[0], profile, rgb & 0xFFFFFF).isGreaterThan(120);
			assertThat(blue).as("cyan, ycck %s profile %s: %06x", kind[0], profile, rgb & 0xFFFFFF).isGreaterThan(180);
		}
	}

	@Test
	void aTruncatedJpegIsStillRefused() throws Exception {
		byte[] jpeg = TestImages.jpeg(800, 600);
		Path file = write("coupee.jpg", java.util.Arrays.copyOf(jpeg, jpeg.length / 2));

		assertThatExceptionOfType(MediaRefused.class)
			.isThrownBy(() -> new ContentInspector(LIMITS, HEAP_384_MB).inspect(file, "coupee.jpg"))
			.satisfies(refused -> assertThat(refused.key()).isEqualTo("media.refused.truncated"));
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(directory.resolve(name), content);
	}

	interface Decode {

		Object run() throws Exception;

	}

	/** The bytes the current thread allocates while {@code decode} runs. */
	private static long allocatedWhile(Decode decode) throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		decode.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

}
