package org.cohesion.portal.media.internal;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.luciad.imageio.webp.WebPReadParam;
import org.cohesion.portal.media.MediaPaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an accepted image into its derivatives: decoded at the smallest size that still
 * covers the largest derivative and fits the {@link DecodeBudget} (subsampled read, or
 * libwebp's scaling, so a 12-megapixel photo never sits whole in the heap), turned
 * upright from its EXIF orientation, converted to sRGB from its colour profile (CMYK and
 * ICC profiles through TwelveMonkeys' JPEG reader), then written at each width as JPEG
 * and WebP. The new files carry no metadata at all: EXIF, GPS positions, camera serial
 * numbers stay behind in the original, which is never served.
 */
public class ImageProcessor {

	private static final Logger log = LoggerFactory.getLogger(ImageProcessor.class);

	/** JPEG quality by width: small derivatives carry less detail per byte on phones. */
	static float jpegQuality(int width) {
		return width <= 360 ? 0.72f : width <= 720 ? 0.78f : 0.80f;
	}

	static final float WEBP_QUALITY = 0.72f;

	private final AtomicBoolean webpAvailable;

	private final DecodeBudget budget;

	/** With a decode budget from this JVM's heap, for one worker (the benchmark). */
	public ImageProcessor(boolean webp) {
		this(webp, DecodeBudget.forHeap(Runtime.getRuntime().maxMemory(), 1));
	}

	ImageProcessor(boolean webp, DecodeBudget budget) {
		this.webpAvailable = new AtomicBoolean(webp && WebpSupport.available());
		this.budget = budget;
	}

	/** One derivative, encoded. */
	public record Derivative(int width, int height, String extension, byte[] bytes) {
	}

	/** Thrown when the pixels cannot be decoded (truncated, corrupt). */
	public static class Undecodable extends Exception {

		Undecodable(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/**
	 * An image decoded upright and in sRGB, at most the budget's size, with the size it
	 * has as shown (after its EXIF orientation), which decides the derivatives' widths.
	 */
	record Decoded(BufferedImage image, int displayWidth, int displayHeight) {
	}

	public boolean webp() {
		return webpAvailable.get();
	}

	/**
	 * Every derivative of {@code original} ({@code format} as found by the inspection),
	 * largest first.
	 */
	public List<Derivative> derivatives(Path original, String format) throws Undecodable {
		Decoded decoded = decodeUpright(original, format);
		List<Integer> widths = new ArrayList<>(MediaPaths.widths(decoded.displayWidth()));
		widths.sort((a, b) -> b - a);
		List<Derivative> derivatives = new ArrayList<>();
		BufferedImage current = decoded.image();
		for (int width : widths) {
			int height = Math.max(1,
					(int) Math.round((double) decoded.displayHeight() * width / decoded.displayWidth()));
			current = scale(current, width, height);
			derivatives.add(new Derivative(width, height, "jpg", jpeg(current, jpegQuality(width))));
			if (webpAvailable.get()) {
				byte[] webp = webp(current);
				if (webp != null) {
					derivatives.add(new Derivative(width, height, "webp", webp));
				}
			}
		}
		return derivatives;
	}

	/**
	 * Decodes within the {@link DecodeBudget}: subsampled (JPEG, PNG) or scaled by
	 * libwebp (WebP) to the smallest size that still covers the largest derivative,
	 * smaller still if that would not fit. Decoder warnings (an unknown marker, an ICC
	 * profile Java 2D cannot use) are logged, not fatal; a file cut short is refused when
	 * uploaded (its structure is walked to the end), and the decoder's "premature end"
	 * warning, should a file still get that far, fails it.
	 */
	Decoded decodeUpright(Path original, String format) throws Undecodable {
		int orientation = ContentInspector.orientation(original);
		List<String> warnings = new ArrayList<>();
		BufferedImage decoded;
		int width;
		int height;
		try (ImageInputStream input = ImageIO.createImageInputStream(original.toFile())) {
			ImageReader reader = ContentInspector.reader(format);
			try {
				reader.setInput(input, true, true);
				reader.addIIOReadWarningListener(new IIOReadWarningListener() {
					@Override
					public void warningOccurred(ImageReader source, String warning) {
						warnings.add(warning);
					}
				});
				width = reader.getWidth(0);
				height = reader.getHeight(0);
				int across = orientation >= 5 ? height : width;
				int largest = MediaPaths.WIDTHS.get(MediaPaths.WIDTHS.size() - 1);
				// Keep at least the largest derivative's width (4032 px: every 2nd
				// pixel),
				// and never more pixels than the budget allows.
				int step = budget.step(width, height, Math.max(1, across / largest));
				ImageReadParam param = reader.getDefaultReadParam();
				if (step > 1) {
					if (param instanceof WebPReadParam webp) {
						webp.setUseScaling(true);
						webp.setScaledWidth(DecodeBudget.ceilDiv(width, step));
						webp.setScaledHeight(DecodeBudget.ceilDiv(height, step));
					}
					else {
						param.setSourceSubsampling(step, step, 0, 0);
					}
				}
				decoded = reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new Undecodable("decode failed: " + ex.getMessage(), ex);
		}
		if (decoded == null) {
			throw new Undecodable("nothing decoded", null);
		}
		if (warnings.stream().anyMatch(w -> w.toLowerCase(java.util.Locale.ROOT).contains("premature end"))) {
			throw new Undecodable("cut short: " + warnings, null);
		}
		if (!warnings.isEmpty()) {
			log.info("Decoded with warnings: {}", warnings);
		}
		boolean turned = orientation >= 5 && orientation <= 8;
		return new Decoded(orient(toSrgb(decoded), orientation), turned ? height : width, turned ? width : height);
	}

	/**
	 * An opaque sRGB image: other colour spaces converted, transparency laid on white.
	 */
	static BufferedImage toSrgb(BufferedImage image) {
		BufferedImage source = image;
		ColorSpace space = image.getColorModel().getColorSpace();
		if (!space.isCS_sRGB() && space.getType() != ColorSpace.TYPE_GRAY) {
			BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
					image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
			new ColorConvertOp(space, ColorSpace.getInstance(ColorSpace.CS_sRGB), null).filter(image, converted);
			source = converted;
		}
		if (source.getType() == BufferedImage.TYPE_INT_RGB) {
			return source;
		}
		BufferedImage rgb = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = rgb.createGraphics();
		try {
			g.setColor(java.awt.Color.WHITE);
			g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
			g.drawImage(source, 0, 0, null);
		}
		finally {
			g.dispose();
		}
		return rgb;
	}

	/** Applies EXIF orientation 2–8 (mirrors and quarter turns). */
	static BufferedImage orient(BufferedImage image, int orientation) {
		if (orientation <= 1 || orientation > 8) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		boolean swap = orientation >= 5;
		AffineTransform t = new AffineTransform();
		switch (orientation) {
			case 2 -> {
				t.translate(w, 0);
				t.scale(-1, 1);
			}
			case 3 -> {
				t.translate(w, h);
				t.rotate(Math.PI);
			}
			case 4 -> {
				t.translate(0, h);
				t.scale(1, -1);
			}
			case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> {
				t.translate(h, 0);
				t.rotate(Math.PI / 2);
			}
			case 7 -> t.setTransform(0, -1, -1, 0, h, w);
			case 8 -> {
				t.translate(0, w);
				t.rotate(3 * Math.PI / 2);
			}
			default -> {
			}
		}
		BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = turned.createGraphics();
		try {
			g.drawImage(image, t, null);
		}
		finally {
			g.dispose();
		}
		return turned;
	}

	/**
	 * Downscales by halving steps then one bilinear step: close to an area average, much
	 * sharper than one bilinear jump, and fast.
	 */
	static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		while (current.getWidth() / 2 >= width) {
			current = draw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
		}
		if (current.getWidth() == width && current.getHeight() == height) {
			return current;
		}
		return draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	static byte[] jpeg(BufferedImage image, float quality) {
		ImageWriter writer = writer("jpeg");
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(out);
				ImageWriteParam param = writer.getDefaultWriteParam();
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(quality);
				// Progressive: smaller, and a whole blurry picture early on a slow link.
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
				// No metadata passed: the file gets a bare JFIF header, no EXIF.
				writer.write(null, new IIOImage(image, null, null), param);
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException("JPEG encoding failed", ex);
		}
		finally {
			writer.dispose();
		}
	}

	private byte[] webp(BufferedImage image) {
		try {
			return WebpSupport.encode(image, WEBP_QUALITY);
		}
		catch (Throwable ex) {
			// A native library that loaded but fails (or stops loading) must not take
			// the JPEG derivatives down with it.
			webpAvailable.set(false);
			log.warn("WebP encoding failed; derivatives are JPEG only from now on: {}", ex.toString());
			return null;
		}
	}

	static ImageWriter writer(String format) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
		if (!writers.hasNext()) {
			throw new IllegalStateException("No ImageIO writer for " + format);
		}
		return writers.next();
	}

}
