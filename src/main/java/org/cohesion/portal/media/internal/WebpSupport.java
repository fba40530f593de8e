package org.cohesion.portal.media.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebP through {@code com.github.usefulness:webp-imageio}, an ImageIO plugin over
 * Google's libwebp whose natives (Linux, macOS, Windows; x86-64 and ARM) ship inside the
 * jar. It is maintained (libwebp 1.5 era releases) where the older {@code org.sejda} fork
 * is not. If the native library cannot load on a platform, {@link #available()} says so
 * once, and the portal writes JPEG only.
 */
final class WebpSupport {

	private static final Logger log = LoggerFactory.getLogger(WebpSupport.class);

	private static volatile Boolean available;

	private WebpSupport() {
	}

	static boolean available() {
		Boolean known = available;
		if (known == null) {
			synchronized (WebpSupport.class) {
				if (available == null) {
					available = probe();
				}
				known = available;
			}
		}
		return known;
	}

	private static boolean probe() {
		try {
			BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
			return encode(pixel, 0.5f).length > 0;
		}
		catch (Throwable ex) {
			log.warn("WebP encoder unavailable ({}); images get JPEG derivatives only", ex.toString());
			return false;
		}
	}

	static byte[] encode(BufferedImage image, float quality) throws IOException {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType("image/webp");
		if (!writers.hasNext()) {
			throw new IOException("No WebP ImageIO writer");
		}
		ImageWriter writer = writers.next();
		try {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			String[] types = param.getCompressionTypes();
			if (types != null) {
				for (String type : types) {
					if (type.toLowerCase(java.util.Locale.ROOT).contains("lossy")) {
						param.setCompressionType(type);
					}
				}
			}
			param.setCompressionQuality(quality);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
				writer.setOutput(out);
				writer.write(null, new IIOImage(image, null, null), param);
			}
			return bytes.toByteArray();
		}
		finally {
			writer.dispose();
		}
	}

}
