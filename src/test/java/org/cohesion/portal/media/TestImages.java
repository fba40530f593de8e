package org.cohesion.portal.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

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
