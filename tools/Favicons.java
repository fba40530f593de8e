import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * Draws the raster favicons from the emblem of static/img/favicon.svg (same shapes, same
 * colours), for the browsers and home screens that do not take SVG: favicon.ico (one
 * 32x32 PNG inside an ICO container, which every browser since IE 11 reads) and
 * apple-touch-icon.png (180x180, opaque, as iOS wants). Run from the project root:
 * {@code java tools/Favicons.java}; the results are committed.
 */
public class Favicons {

	static final Color GREEN = new Color(0x0b5d3b);

	static final Color GOLD = new Color(0xf5a623);

	public static void main(String[] args) throws IOException {
		Path root = Path.of("src/main/resources/static");
		byte[] png32 = png(emblem(32, false));
		Files.write(root.resolve("favicon.ico"), ico(png32, 32));
		Files.write(root.resolve("apple-touch-icon.png"), png(emblem(180, true)));
	}

	/** The SVG's 64-unit drawing scaled to {@code size}; iOS gets a full green square. */
	static BufferedImage emblem(int size, boolean opaque) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		if (opaque) {
			g.setColor(GREEN);
			g.fillRect(0, 0, size, size);
		}
		g.scale(size / 64.0, size / 64.0);
		g.setColor(GREEN);
		g.fill(new Ellipse2D.Double(2, 2, 60, 60));
		g.setColor(GOLD);
		g.setStroke(new BasicStroke(2));
		g.draw(new Ellipse2D.Double(6, 6, 52, 52));
		g.setColor(Color.WHITE);
		g.fill(new Ellipse2D.Double(19, 19, 10, 10));
		g.fill(new Ellipse2D.Double(35, 19, 10, 10));
		// M14 46c2-9 6-14 10-14s7 3 8 7c1-4 4-7 8-7s8 5 10 14
		Path2D people = new Path2D.Double();
		people.moveTo(14, 46);
		people.curveTo(16, 37, 20, 32, 24, 32);
		people.curveTo(28, 32, 31, 35, 32, 39);
		people.curveTo(33, 35, 36, 32, 40, 32);
		people.curveTo(44, 32, 48, 37, 50, 46);
		g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(people);
		g.setColor(GOLD);
		g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new QuadCurve2D.Double(26, 44, 32, 50, 38, 44));
		g.dispose();
		return image;
	}

	static byte[] png(BufferedImage image) throws IOException {
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** An ICO header, one directory entry, then the PNG as the entry's data. */
	static byte[] ico(byte[] png, int size) {
		ByteBuffer ico = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
		ico.putShort((short) 0).putShort((short) 1).putShort((short) 1);
		ico.put((byte) size).put((byte) size).put((byte) 0).put((byte) 0);
		ico.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
		ico.put(png);
		return ico.array();
	}

}
