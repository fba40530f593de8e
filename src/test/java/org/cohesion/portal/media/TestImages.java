package org.cohesion.portal.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images made by the tests themselves: photo-like JPEGs (gradients, shapes and grain, not
 * flat colour), one carrying a GPS position in its EXIF, and hostile files.
 */
public final class TestImages {

	private TestImages() {
	}

	/** A photo-like picture: sky gradient, ground, shapes and sensor-like noise. */
	public static BufferedImage photo(int width, int height, long seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 210), 0, height * 0.6f, new Color(230, 200, 160)));
		g.fillRect(0, 0, width, height);
		g.setPaint(new GradientPaint(0, height * 0.6f, new Color(150, 90, 40), width, height, new Color(60, 110, 50)));
		g.fillRect(0, (int) (height * 0.6), width, height);
		Random random = new Random(seed);
		for (int i = 0; i < 120; i++) {
			g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 160));
			int w = 10 + random.nextInt(Math.max(11, width / 8));
			int h = 10 + random.nextInt(Math.max(11, height / 8));
			g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
		}
		g.dispose();
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			image.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int n = random.nextInt(17) - 8;
				int p = row[x];
				int r = clamp(((p >> 16) & 0xFF) + n);
				int gr = clamp(((p >> 8) & 0xFF) + n);
				int b = clamp((p & 0xFF) + n);
				row[x] = (r << 16) | (gr << 8) | b;
			}
			image.setRGB(0, y, width, 1, row, 0, width);
		}
		return image;
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	public static byte[] jpeg(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(photo(width, height, 42), "jpeg", out);
		return out.toByteArray();
	}

	public static byte[] png(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(photo(width, height, 7), "png", out);
		return out.toByteArray();
	}

	/**
	 * A JPEG with an EXIF segment holding orientation 6 (turn a quarter clockwise) and a
	 * GPS latitude, as a phone writes it.
	 */
	public static byte[] jpegWithGps(int width, int height) throws IOException {
		byte[] plain = jpeg(width, height);
		ByteBuffer tiff = ByteBuffer.allocate(128);
		tiff.put(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		// IFD0 at 8: 2 entries
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD
																				// at 38
		tiff.putInt(0);
		// GPS IFD at 38: 2 entries
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68); // rationals
																				// at 68
		tiff.putInt(0);
		// at 68: 5/1, 20/1, 3456/100 (Abidjan)
		tiff.putInt(5).putInt(1).putInt(20).putInt(1).putInt(3456).putInt(100);
		int tiffLength = tiff.position();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2); // SOI
		int length = 2 + 6 + tiffLength;
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.write(new byte[] { 'E', 'x', 'i', 'f', 0, 0 });
		out.write(tiff.array(), 0, tiffLength);
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/**
	 * A PNG whose header declares {@code width} × {@code height} pixels, with a tiny
	 * body.
	 */
	public static byte[] pngDeclaring(int width, int height) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		ByteBuffer ihdr = ByteBuffer.allocate(13);
		ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/**
	 * A lossless WebP (VP8L) of one flat colour, written bit by bit: every prefix code
	 * has a single symbol, so a pixel costs no bit at all and any size fits in about 40
	 * bytes. What an attacker sends to make a decoder allocate {@code width × height × 4}
	 * bytes.
	 */
	public static byte[] flatLosslessWebp(int width, int height) {
		BitWriter bits = new BitWriter();
		bits.write(0x2f, 8);
		bits.write(width - 1, 14);
		bits.write(height - 1, 14);
		bits.write(0, 1); // no alpha
		bits.write(0, 3); // version 0
		bits.write(0, 1); // no transform
		bits.write(0, 1); // no colour cache
		bits.write(0, 1); // one group of prefix codes
		for (int symbol : new int[] { 0x80, 0x40, 0x20, 0xFF, 0 }) { // green, red, blue,
																		// alpha, distance
			bits.write(1, 1); // simple code
			bits.write(0, 1); // one symbol
			bits.write(1, 1); // written on 8 bits
			bits.write(symbol, 8);
		}
		byte[] data = Arrays.copyOf(bits.toByteArray(), bits.toByteArray().length + 16);
		return riff(List.of(chunkBytes("VP8L", data)));
	}

	/**
	 * An animated WebP: VP8X with the animation flag, ANIM and one ANMF frame holding a
	 * tiny lossless image.
	 */
	public static byte[] animatedWebp() {
		ByteBuffer vp8x = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
		vp8x.put((byte) 0x02).put(new byte[3]).put(new byte[] { 15, 0, 0 }).put(new byte[] { 15, 0, 0 });
		ByteBuffer anim = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
		anim.putInt(0xFFFFFFFF).putShort((short) 0);
		byte[] frame = flatLosslessWebp(16, 16);
		byte[] vp8l = Arrays.copyOfRange(frame, 12, frame.length);
		ByteBuffer anmf = ByteBuffer.allocate(16 + vp8l.length).order(ByteOrder.LITTLE_ENDIAN);
		anmf.put(new byte[6])
			.put(new byte[] { 15, 0, 0 })
			.put(new byte[] { 15, 0, 0 })
			.put(new byte[] { 100, 0, 0 })
			.put((byte) 0)
			.put(vp8l);
		return riff(List.of(chunkBytes("VP8X", vp8x.array()), chunkBytes("ANIM", anim.array()),
				chunkBytes("ANMF", anmf.array())));
	}

	/** The first bytes of an iPhone photo: an ISO media file of brand {@code heic}. */
	public static byte[] heic() {
		ByteBuffer ftyp = ByteBuffer.allocate(64);
		ftyp.putInt(24)
			.put("ftypheic".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.putInt(0)
			.put("mif1heic".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.putInt(40)
			.put("meta".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return ftyp.array();
	}

	/**
	 * A four-component JPEG of flat cyan as print shops send them, with an Adobe marker
	 * saying CMYK ({@code ycck} false) or YCCK; with {@code profile} an APP2 ICC profile
	 * is added that Java 2D cannot use for it (an RGB profile), which makes the decoder
	 * warn.
	 */
	public static byte[] cmykJpeg(int width, int height, boolean ycck, boolean profile) throws IOException {
		WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
		byte[] pixels = ((DataBufferByte) raster.getDataBuffer()).getData();
		// Adobe stores inverted inks (255 = none): cyan is C full, no M, Y or K. In YCCK,
		// the inks C, M, Y are stored in YCbCr as if they were R, G, B (255, 0, 0).
		byte[] pixel = ycck ? new byte[] { 76, 85, (byte) 255, (byte) 255 }
				: new byte[] { 0, (byte) 255, (byte) 255, (byte) 255 };
		for (int i = 0; i < pixels.length; i += 4) {
			System.arraycopy(pixel, 0, pixels, i, 4);
		}
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
		ImageWriter writer = null;
		while (writers.hasNext()) {
			ImageWriter candidate = writers.next();
			if (candidate.getClass().getName().startsWith("com.sun")) {
				writer = candidate;
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			writer.write(null, new IIOImage(raster, null, null), null);
		}
		finally {
			writer.dispose();
		}
		byte[] plain = out.toByteArray();
		// The JDK writes no colour marker for a raster: add Adobe's, which says CMYK or
		// YCCK.
		ByteArrayOutputStream marked = new ByteArrayOutputStream();
		marked.write(out.toByteArray(), 0, 2);
		marked.write(new byte[] { (byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
				(byte) (ycck ? 2 : 0) });
		marked.write(out.toByteArray(), 2, out.size() - 2);
		plain = marked.toByteArray();
		if (!profile) {
			return plain;
		}
		byte[] icc = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
		ByteArrayOutputStream withProfile = new ByteArrayOutputStream();
		withProfile.write(plain, 0, 2);
		byte[] signature = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		int length = 2 + signature.length + 2 + icc.length;
		withProfile.write(0xFF);
		withProfile.write(0xE2);
		withProfile.write(length >> 8);
		withProfile.write(length & 0xFF);
		withProfile.write(signature);
		withProfile.write(1);
		withProfile.write(1);
		withProfile.write(icc);
		withProfile.write(plain, 2, plain.length - 2);
		return withProfile.toByteArray();
	}

	private static byte[] chunkBytes(String type, byte[] data) {
		ByteBuffer chunk = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
		chunk.put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(data.length).put(data);
		return chunk.array();
	}

	private static byte[] riff(List<byte[]> chunks) {
		int length = 4 + chunks.stream().mapToInt(c -> c.length).sum();
		ByteBuffer riff = ByteBuffer.allocate(8 + length).order(ByteOrder.LITTLE_ENDIAN);
		riff.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.putInt(length)
			.put("WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		chunks.forEach(riff::put);
		return riff.array();
	}

	/** Bits written least significant first, as VP8L reads them. */
	private static final class BitWriter {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private int current;

		private int used;

		void write(int value, int count) {
			for (int i = 0; i < count; i++) {
				current |= ((value >> i) & 1) << used;
				if (++used == 8) {
					bytes.write(current);
					current = 0;
					used = 0;
				}
			}
		}

		byte[] toByteArray() {
			byte[] written = bytes.toByteArray();
			if (used == 0) {
				return written;
			}
			byte[] all = Arrays.copyOf(written, written.length + 1);
			all[written.length] = (byte) current;
			return all;
		}

	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(8);
		header.putInt(data.length).put(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		out.write(header.array());
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		crc.update(data);
		out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
