import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Generates the illustrative demo images of the portal (flat, abstract, no text).
 *
 * <p>Usage, from the project root: {@code java tools/DemoImages.java [outputDir]}.
 * Output defaults to {@code src/main/resources/static/demo}. Only the JDK is needed
 * (java.awt + javax.imageio) and the program runs headless. Every image uses a fixed
 * seed, so the output is reproducible.
 */
public class DemoImages {

    static final int W = 1200;
    static final int H = 675;
    static final float JPEG_QUALITY = 0.82f;

    // Warm palette
    static final Color OCHRE = new Color(0xD9A441);
    static final Color TERRA = new Color(0xC0583A);
    static final Color GREEN = new Color(0x3E7C4F);
    static final Color LGREEN = new Color(0x8DB36B);
    static final Color BLUE = new Color(0x1F3A5F);
    static final Color DBLUE = new Color(0x142840);
    static final Color SAND = new Color(0xEBD9B4);
    static final Color CREAM = new Color(0xF6EEDC);
    static final Color BROWN = new Color(0x5A3A22);
    static final Color ORANGE = new Color(0xE8843C);
    static final Color SKY = new Color(0x9CC3D5);
    static final Color RED = new Color(0xB8322A);
    static final Color SKIN1 = new Color(0x8B5A3C);
    static final Color SKIN2 = new Color(0x6B4226);

    interface Painter {
        void paint(Graphics2D g, Random r);
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File dir = new File(args.length > 0 ? args[0] : "src/main/resources/static/demo");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IOException("Cannot create " + dir);
        }
        Map<String, Painter> images = new LinkedHashMap<>();
        images.put("solidarite-mains.jpg", DemoImages::peopleHoldingHands);
        images.put("inondations-soleil-levant.jpg", DemoImages::floodHousesSunrise);
        images.put("cooperation-poignee-de-main.jpg", DemoImages::handshake);
        images.put("formation-tableau.jpg", DemoImages::trainingBoard);
        images.put("reseau-referencement.jpg", DemoImages::referralNetwork);
        images.put("kits-distribution.jpg", DemoImages::kitBoxes);
        images.put("village-soleil.jpg", DemoImages::villageSun);
        images.put("mains-coeur.jpg", DemoImages::handsHeart);
        images.put("reunion-micro.jpg", DemoImages::meetingMicrophone);
        images.put("caravane-route.jpg", DemoImages::caravanRoad);
        images.put("arbre-de-vie.jpg", DemoImages::treeOfLife);
        images.put("document-sceau.jpg", DemoImages::documentSeal);

        long seed = 20_250_301L;
        int i = 0;
        for (Map.Entry<String, Painter> e : images.entrySet()) {
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            Random r = new Random(seed + 7919L * i);
            e.getValue().paint(g, r);
            g.dispose();
            grain(img, new Random(seed * 31 + i), 2);
            File out = new File(dir, e.getKey());
            writeJpeg(img, out);
            System.out.printf("%-34s %6d bytes%n", e.getKey(), out.length());
            i++;
        }
    }

    // ------------------------------------------------------------------ output

    static void writeJpeg(BufferedImage img, File file) throws IOException {
        if (file.exists() && !file.delete()) {
            throw new IOException("Cannot overwrite " + file);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /** Very light film grain so the flat areas look like paper rather than plastic. */
    static void grain(BufferedImage img, Random r, int amount) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int n = r.nextInt(2 * amount + 1) - amount;
                int red = clamp(((rgb >> 16) & 0xFF) + n);
                int gr = clamp(((rgb >> 8) & 0xFF) + n);
                int bl = clamp((rgb & 0xFF) + n);
                img.setRGB(x, y, (red << 16) | (gr << 8) | bl);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static Color alpha(Color c, int a) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }

    static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    static Color light(Color c, double t) {
        return mix(c, Color.WHITE, t);
    }

    static Color dark(Color c, double t) {
        return mix(c, Color.BLACK, t);
    }

    static void vgrad(Graphics2D g, Color top, Color bottom, double y0, double y1) {
        g.setPaint(new GradientPaint(0, (float) y0, top, 0, (float) y1, bottom));
        g.fill(new Rectangle2D.Double(0, y0, W, y1 - y0));
    }

    static void radialBg(Graphics2D g, double cx, double cy, double radius, Color inner, Color outer) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) radius,
                new float[] {0f, 1f}, new Color[] {inner, outer}));
        g.fillRect(0, 0, W, H);
    }

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static void stroke(Graphics2D g, double w) {
        g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    static void sun(Graphics2D g, double cx, double cy, double r, Color core, Color glow, int rays) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), (float) (r * 3.2),
                new float[] {0f, 0.35f, 1f},
                new Color[] {alpha(glow, 170), alpha(glow, 70), alpha(glow, 0)}));
        g.fill(circle(cx, cy, r * 3.2));
        if (rays > 0) {
            g.setColor(alpha(core, 200));
            stroke(g, r * 0.09);
            for (int i = 0; i < rays; i++) {
                double a = 2 * Math.PI * i / rays;
                line(g, cx + Math.cos(a) * r * 1.28, cy + Math.sin(a) * r * 1.28,
                        cx + Math.cos(a) * r * 1.62, cy + Math.sin(a) * r * 1.62);
            }
        }
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx - r * 0.3, cy - r * 0.3), (float) (r * 1.4),
                new float[] {0f, 1f}, new Color[] {light(core, 0.35), core}));
        g.fill(circle(cx, cy, r));
    }

    /** Smooth rolling hill filled down to the bottom of the image. */
    static Shape hill(double baseY, double amp, double f1, double p1, double amp2, double f2, double p2) {
        Path2D p = new Path2D.Double();
        p.moveTo(-10, H + 10);
        for (int x = -10; x <= W + 10; x += 8) {
            double y = baseY - amp * Math.sin(x * f1 + p1) - amp2 * Math.sin(x * f2 + p2);
            p.lineTo(x, y);
        }
        p.lineTo(W + 10, H + 10);
        p.closePath();
        return p;
    }

    static double hillY(double x, double baseY, double amp, double f1, double p1, double amp2, double f2, double p2) {
        return baseY - amp * Math.sin(x * f1 + p1) - amp2 * Math.sin(x * f2 + p2);
    }

    /** Closed Catmull-Rom curve through the points. */
    static Path2D smoothClosed(List<Point2D> pts) {
        Path2D p = new Path2D.Double();
        int n = pts.size();
        p.moveTo(pts.get(0).getX(), pts.get(0).getY());
        for (int i = 0; i < n; i++) {
            Point2D p0 = pts.get((i - 1 + n) % n);
            Point2D p1 = pts.get(i);
            Point2D p2 = pts.get((i + 1) % n);
            Point2D p3 = pts.get((i + 2) % n);
            p.curveTo(p1.getX() + (p2.getX() - p0.getX()) / 6, p1.getY() + (p2.getY() - p0.getY()) / 6,
                    p2.getX() - (p3.getX() - p1.getX()) / 6, p2.getY() - (p3.getY() - p1.getY()) / 6,
                    p2.getX(), p2.getY());
        }
        p.closePath();
        return p;
    }

    static Path2D blob(Random r, double cx, double cy, double rx, double ry, int n, double jitter) {
        List<Point2D> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double k = 1 + (r.nextDouble() * 2 - 1) * jitter;
            pts.add(new Point2D.Double(cx + Math.cos(a) * rx * k, cy + Math.sin(a) * ry * k));
        }
        return smoothClosed(pts);
    }

    static void cloud(Graphics2D g, double x, double y, double s, Color c) {
        g.setColor(c);
        Area a = new Area(new RoundRectangle2D.Double(x - s * 1.3, y - s * 0.35, s * 2.6, s * 0.7, s * 0.7, s * 0.7));
        a.add(new Area(circle(x - s * 0.55, y - s * 0.3, s * 0.5)));
        a.add(new Area(circle(x + s * 0.15, y - s * 0.5, s * 0.68)));
        a.add(new Area(circle(x + s * 0.8, y - s * 0.25, s * 0.45)));
        g.fill(a);
    }

    /** Standing person silhouette, feet on groundY, total height h. Returns shoulder y. */
    static double person(Graphics2D g, double x, double groundY, double h, Color c) {
        g.setColor(c);
        double hr = h * 0.085;
        g.fill(circle(x, groundY - h + hr, hr));
        double sy = groundY - h + 2 * hr + h * 0.035;
        double hipY = groundY - h * 0.42;
        double sw = h * 0.125;
        double hw = h * 0.1;
        Path2D p = new Path2D.Double();
        p.moveTo(x - sw, sy + h * 0.05);
        p.quadTo(x - sw, sy, x - sw + h * 0.05, sy);
        p.lineTo(x + sw - h * 0.05, sy);
        p.quadTo(x + sw, sy, x + sw, sy + h * 0.05);
        p.lineTo(x + hw * 1.35, hipY + h * 0.07);
        p.lineTo(x - hw * 1.35, hipY + h * 0.07);
        p.closePath();
        g.fill(p);
        double lw = h * 0.065;
        g.fill(new RoundRectangle2D.Double(x - hw * 0.85, hipY, lw, groundY - hipY, lw, lw));
        g.fill(new RoundRectangle2D.Double(x + hw * 0.85 - lw, hipY, lw, groundY - hipY, lw, lw));
        return sy;
    }

    /** Head and shoulders, base of the shoulders on baseY. */
    static void bust(Graphics2D g, double x, double baseY, double s, Color c) {
        g.setColor(c);
        g.fill(circle(x, baseY - s * 1.02, s * 0.27));
        g.fill(new RoundRectangle2D.Double(x - s * 0.55, baseY - s * 0.68, s * 1.1, s * 0.9, s * 0.55, s * 0.55));
    }

    static void arm(Graphics2D g, double x1, double y1, double cx, double cy, double x2, double y2, double w, Color c) {
        g.setColor(c);
        stroke(g, w);
        g.draw(new QuadCurve2D.Double(x1, y1, cx, cy, x2, y2));
    }

    static void house(Graphics2D g, double x, double groundY, double w, double h, Color wall, Color roof) {
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(x, groundY - h, w, h));
        g.setColor(dark(wall, 0.12));
        g.fill(new Rectangle2D.Double(x + w * 0.7, groundY - h, w * 0.3, h));
        Path2D r = new Path2D.Double();
        r.moveTo(x - w * 0.1, groundY - h + 4);
        r.lineTo(x + w * 0.5, groundY - h - w * 0.42);
        r.lineTo(x + w * 1.1, groundY - h + 4);
        r.closePath();
        g.setColor(roof);
        g.fill(r);
        g.setColor(dark(wall, 0.55));
        g.fill(new RoundRectangle2D.Double(x + w * 0.4, groundY - h * 0.55, w * 0.2, h * 0.55, 6, 6));
        g.setColor(alpha(CREAM, 230));
        g.fill(new Rectangle2D.Double(x + w * 0.12, groundY - h * 0.7, w * 0.18, w * 0.16));
        g.fill(new Rectangle2D.Double(x + w * 0.72, groundY - h * 0.7, w * 0.16, w * 0.16));
    }

    static void hut(Graphics2D g, double x, double groundY, double w, Color wall, Color roof) {
        double wh = w * 0.55;
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(x - w / 2, groundY - wh, w, wh));
        g.fill(new Ellipse2D.Double(x - w / 2, groundY - w * 0.08, w, w * 0.16));
        g.setColor(dark(wall, 0.15));
        g.fill(new Rectangle2D.Double(x + w * 0.22, groundY - wh, w * 0.28, wh));
        g.setColor(dark(wall, 0.6));
        g.fill(new RoundRectangle2D.Double(x - w * 0.12, groundY - wh * 0.7, w * 0.24, wh * 0.72, w * 0.2, w * 0.2));
        Path2D r = new Path2D.Double();
        r.moveTo(x - w * 0.7, groundY - wh + w * 0.06);
        r.lineTo(x, groundY - wh - w * 0.62);
        r.lineTo(x + w * 0.7, groundY - wh + w * 0.06);
        r.quadTo(x, groundY - wh + w * 0.24, x - w * 0.7, groundY - wh + w * 0.06);
        r.closePath();
        g.setColor(roof);
        g.fill(r);
        g.setColor(dark(roof, 0.18));
        stroke(g, Math.max(1.5, w * 0.015));
        for (int k = -3; k <= 3; k++) {
            line(g, x, groundY - wh - w * 0.62, x + k * w * 0.19, groundY - wh + w * 0.1 - Math.abs(k) * w * 0.01);
        }
    }

    static void palm(Graphics2D g, double x, double groundY, double h, double lean, Color trunk, Color leaf) {
        double tx = x + lean;
        double ty = groundY - h;
        g.setColor(trunk);
        stroke(g, h * 0.055);
        g.draw(new QuadCurve2D.Double(x, groundY, x + lean * 0.2, groundY - h * 0.5, tx, ty));
        g.setColor(leaf);
        double[] angles = {-170, -140, -110, -70, -40, -10, 160 - 180 + 200};
        for (double deg : angles) {
            double a = Math.toRadians(deg);
            double len = h * 0.55;
            double ex = tx + Math.cos(a) * len;
            double ey = ty + Math.sin(a) * len * 0.6 + len * 0.35;
            double mx = tx + Math.cos(a) * len * 0.5;
            double my = ty + Math.sin(a) * len * 0.5 - len * 0.12;
            double nx = -Math.sin(a) * h * 0.06;
            double ny = Math.cos(a) * h * 0.06;
            Path2D p = new Path2D.Double();
            p.moveTo(tx, ty);
            p.quadTo(mx + nx, my + ny, ex, ey);
            p.quadTo(mx - nx, my - ny, tx, ty);
            p.closePath();
            g.fill(p);
        }
    }

    static void box(Graphics2D g, double x, double y, double w, double h, double d, Color c) {
        double dy = d * 0.55;
        Path2D top = new Path2D.Double();
        top.moveTo(x, y);
        top.lineTo(x + d, y - dy);
        top.lineTo(x + w + d, y - dy);
        top.lineTo(x + w, y);
        top.closePath();
        Path2D side = new Path2D.Double();
        side.moveTo(x + w, y);
        side.lineTo(x + w + d, y - dy);
        side.lineTo(x + w + d, y + h - dy);
        side.lineTo(x + w, y + h);
        side.closePath();
        g.setColor(c);
        g.fill(new Rectangle2D.Double(x, y, w, h));
        g.setColor(light(c, 0.28));
        g.fill(top);
        g.setColor(dark(c, 0.2));
        g.fill(side);
        // tape
        g.setColor(alpha(CREAM, 170));
        g.fill(new Rectangle2D.Double(x + w * 0.44, y, w * 0.12, h * 0.45));
        Path2D tape = new Path2D.Double();
        tape.moveTo(x + w * 0.44, y);
        tape.lineTo(x + w * 0.44 + d, y - dy);
        tape.lineTo(x + w * 0.56 + d, y - dy);
        tape.lineTo(x + w * 0.56, y);
        tape.closePath();
        g.fill(tape);
        // label patch (plain, no text)
        g.setColor(alpha(Color.WHITE, 120));
        g.fill(new RoundRectangle2D.Double(x + w * 0.12, y + h * 0.6, w * 0.26, h * 0.22, 6, 6));
    }

    static Shape heart(double cx, double cy, double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(cx, cy + s);
        p.curveTo(cx - s * 0.55, cy + s * 0.55, cx - s * 1.15, cy + s * 0.1, cx - s * 1.0, cy - s * 0.45);
        p.curveTo(cx - s * 0.85, cy - s * 1.0, cx - s * 0.15, cy - s * 1.05, cx, cy - s * 0.45);
        p.curveTo(cx + s * 0.15, cy - s * 1.05, cx + s * 0.85, cy - s * 1.0, cx + s * 1.0, cy - s * 0.45);
        p.curveTo(cx + s * 1.15, cy + s * 0.1, cx + s * 0.55, cy + s * 0.55, cx, cy + s);
        p.closePath();
        return p;
    }

    static void vehicle(Graphics2D g, double x, double groundY, double len, Color body, Color banner) {
        double h = len * 0.42;
        double wr = len * 0.1;
        // shadow
        g.setColor(alpha(Color.BLACK, 40));
        g.fill(new Ellipse2D.Double(x - len * 0.03, groundY - wr * 0.25, len * 1.06, wr * 0.5));
        // body
        g.setColor(body);
        g.fill(new RoundRectangle2D.Double(x, groundY - wr - h * 0.5, len, h * 0.52, len * 0.06, len * 0.06));
        Path2D cab = new Path2D.Double();
        cab.moveTo(x + len * 0.02, groundY - wr - h * 0.45);
        cab.lineTo(x + len * 0.04, groundY - wr - h);
        cab.lineTo(x + len * 0.72, groundY - wr - h);
        cab.lineTo(x + len * 0.9, groundY - wr - h * 0.5);
        cab.lineTo(x + len * 0.02, groundY - wr - h * 0.45);
        cab.closePath();
        g.fill(cab);
        // windows
        g.setColor(light(SKY, 0.2));
        Path2D win = new Path2D.Double();
        win.moveTo(x + len * 0.62, groundY - wr - h * 0.92);
        win.lineTo(x + len * 0.71, groundY - wr - h * 0.92);
        win.lineTo(x + len * 0.84, groundY - wr - h * 0.56);
        win.lineTo(x + len * 0.62, groundY - wr - h * 0.56);
        win.closePath();
        g.fill(win);
        g.fill(new RoundRectangle2D.Double(x + len * 0.46, groundY - wr - h * 0.92, len * 0.13, h * 0.36, 6, 6));
        // banner on the side (plain colour band)
        g.setColor(banner);
        g.fill(new RoundRectangle2D.Double(x + len * 0.06, groundY - wr - h * 0.9, len * 0.36, h * 0.3, 6, 6));
        g.setColor(light(banner, 0.4));
        g.fill(new Rectangle2D.Double(x + len * 0.06, groundY - wr - h * 0.72, len * 0.36, h * 0.06));
        // loudspeaker on roof
        g.setColor(dark(body, 0.35));
        g.fill(new Rectangle2D.Double(x + len * 0.3, groundY - wr - h * 1.12, len * 0.03, h * 0.13));
        Path2D horn = new Path2D.Double();
        horn.moveTo(x + len * 0.28, groundY - wr - h * 1.12);
        horn.lineTo(x + len * 0.18, groundY - wr - h * 1.25);
        horn.lineTo(x + len * 0.18, groundY - wr - h * 1.02);
        horn.closePath();
        g.fill(horn);
        // wheels
        for (double wx : new double[] {0.2, 0.78}) {
            g.setColor(new Color(0x2A2A2A));
            g.fill(circle(x + len * wx, groundY - wr, wr));
            g.setColor(new Color(0xBDBDBD));
            g.fill(circle(x + len * wx, groundY - wr, wr * 0.42));
        }
    }

    static void branch(Graphics2D g, Random r, double x, double y, double ang, double len, double w,
                       int depth, List<Point2D> tips, Color c) {
        double x2 = x + Math.cos(ang) * len;
        double y2 = y + Math.sin(ang) * len;
        double bend = (r.nextDouble() - 0.5) * len * 0.3;
        g.setColor(c);
        stroke(g, w);
        g.draw(new QuadCurve2D.Double(x, y, (x + x2) / 2 + bend, (y + y2) / 2, x2, y2));
        if (depth == 0) {
            tips.add(new Point2D.Double(x2, y2));
            return;
        }
        int n = r.nextDouble() < 0.35 ? 3 : 2;
        for (int i = 0; i < n; i++) {
            double spread = n == 2 ? (i == 0 ? -0.42 : 0.42) : (i - 1) * 0.5;
            branch(g, r, x2, y2, ang + spread + (r.nextDouble() - 0.5) * 0.3,
                    len * (0.68 + r.nextDouble() * 0.12), w * 0.66, depth - 1, tips, c);
        }
    }

    // ------------------------------------------------------------------ scenes

    /** People of various sizes holding hands at sunset. */
    static void peopleHoldingHands(Graphics2D g, Random r) {
        vgrad(g, new Color(0xF2B35C), SAND, 0, H);
        sun(g, 600, 430, 150, new Color(0xF7D27A), ORANGE, 0);
        g.setColor(light(GREEN, 0.35));
        g.fill(hill(520, 25, 0.004, 1.2, 12, 0.011, 0.3));
        g.setColor(GREEN);
        double ground = 585;
        g.fill(hill(ground + 10, 8, 0.006, 0.5, 4, 0.02, 1.0));
        Color[] colors = {TERRA, BLUE, dark(OCHRE, 0.25), BROWN, GREEN.darker(), TERRA.darker(), BLUE.brighter()};
        double[] heights = {300, 250, 180, 320, 170, 270, 230};
        double[] xs = new double[heights.length];
        double[] shoulderY = new double[heights.length];
        double start = 170;
        double step = (W - 2 * start) / (heights.length - 1);
        for (int i = 0; i < heights.length; i++) {
            xs[i] = start + step * i + (r.nextDouble() - 0.5) * 18;
        }
        for (int i = 0; i < heights.length; i++) {
            shoulderY[i] = ground - heights[i] + 2 * heights[i] * 0.085 + heights[i] * 0.035;
        }
        // arms joining neighbours
        for (int i = 0; i < heights.length - 1; i++) {
            double hxA = xs[i] + heights[i] * 0.11;
            double hxB = xs[i + 1] - heights[i + 1] * 0.11;
            double mx = (xs[i] + xs[i + 1]) / 2;
            double my = Math.max(shoulderY[i], shoulderY[i + 1]) + 55;
            arm(g, hxA, shoulderY[i] + 10, (hxA + mx) / 2, my + 10, mx, my, heights[i] * 0.055, colors[i]);
            arm(g, hxB, shoulderY[i + 1] + 10, (hxB + mx) / 2, my + 10, mx, my, heights[i + 1] * 0.055, colors[i + 1]);
            g.setColor(dark(colors[i], 0.2));
            g.fill(circle(mx, my, heights[i] * 0.035));
        }
        // outer arms raised
        int last = heights.length - 1;
        arm(g, xs[0] - heights[0] * 0.11, shoulderY[0] + 10, xs[0] - 70, shoulderY[0] - 10, xs[0] - 80, shoulderY[0] - 90,
                heights[0] * 0.055, colors[0]);
        arm(g, xs[last] + heights[last] * 0.11, shoulderY[last] + 10, xs[last] + 70, shoulderY[last] - 10,
                xs[last] + 80, shoulderY[last] - 90, heights[last] * 0.055, colors[last]);
        for (int i = 0; i < heights.length; i++) {
            person(g, xs[i], ground, heights[i], colors[i]);
        }
        // foreground grass strokes
        g.setColor(dark(GREEN, 0.2));
        stroke(g, 3);
        for (int i = 0; i < 70; i++) {
            double x = r.nextDouble() * W;
            double y = ground + 20 + r.nextDouble() * 70;
            line(g, x, y, x + (r.nextDouble() - 0.5) * 14, y - 10 - r.nextDouble() * 14);
        }
    }

    /** Houses in flood water under rain clouds, sun rising on the right. */
    static void floodHousesSunrise(Graphics2D g, Random r) {
        vgrad(g, new Color(0x5F7A96), new Color(0xF1C98A), 0, 470);
        sun(g, 960, 455, 110, new Color(0xF6C65B), ORANGE, 16);
        g.setColor(new Color(0x6F8F5E));
        g.fill(hill(470, 18, 0.005, 0.4, 8, 0.013, 2.0));
        double ground = 500;
        house(g, 120, ground, 170, 120, SAND, TERRA);
        house(g, 360, ground + 10, 140, 100, new Color(0xE3C79A), dark(TERRA, 0.15));
        house(g, 560, ground, 190, 135, light(OCHRE, 0.45), TERRA);
        hut(g, 830, ground + 5, 120, new Color(0xD8B98C), new Color(0xA9793F));
        // flood water
        g.setPaint(new GradientPaint(0, 450, new Color(0x4E7EA0), 0, H, new Color(0x23476A)));
        g.fill(new Rectangle2D.Double(0, 455, W, H - 455));
        g.setColor(alpha(new Color(0xFBE3A2), 200));
        g.fill(new Ellipse2D.Double(860, 470, 200, 22));
        g.fill(new Ellipse2D.Double(890, 510, 140, 14));
        g.setColor(alpha(CREAM, 120));
        stroke(g, 3);
        for (int i = 0; i < 40; i++) {
            double x = r.nextDouble() * W;
            double y = 470 + r.nextDouble() * 200;
            double w = 30 + r.nextDouble() * 70;
            g.draw(new QuadCurve2D.Double(x, y, x + w / 2, y - 6, x + w, y));
        }
        // reflections of houses
        g.setColor(alpha(SAND, 45));
        g.fill(new Rectangle2D.Double(120, 462, 170, 60));
        g.fill(new Rectangle2D.Double(560, 462, 190, 70));
        // clouds + rain over the left
        for (int i = 0; i < 4; i++) {
            cloud(g, 120 + i * 170 + r.nextDouble() * 40, 90 + r.nextDouble() * 40, 80 + r.nextDouble() * 30,
                    alpha(new Color(0x3E4E63), 230));
        }
        g.setColor(alpha(new Color(0xDCE7F0), 130));
        stroke(g, 2.2);
        for (int i = 0; i < 260; i++) {
            double x = r.nextDouble() * 820;
            double y = 120 + r.nextDouble() * 520;
            double l = 18 + r.nextDouble() * 18;
            line(g, x, y, x - l * 0.35, y + l);
        }
    }

    /** Stylised handshake between two sleeves on a split warm background. */
    static void handshake(Graphics2D g, Random r) {
        g.setColor(OCHRE);
        g.fillRect(0, 0, W, H);
        Path2D half = new Path2D.Double();
        half.moveTo(W * 0.58, 0);
        half.lineTo(W, 0);
        half.lineTo(W, H);
        half.lineTo(W * 0.42, H);
        half.closePath();
        g.setColor(GREEN);
        g.fill(half);
        g.setColor(alpha(CREAM, 70));
        g.fill(circle(600, 345, 250));
        g.setColor(alpha(CREAM, 60));
        g.fill(circle(600, 345, 180));
        // decorative dots
        for (int i = 0; i < 60; i++) {
            double x = r.nextDouble() * W;
            double y = r.nextDouble() * H;
            if (Math.hypot(x - 600, y - 345) < 280) {
                continue;
            }
            g.setColor(alpha(CREAM, 60 + r.nextInt(60)));
            g.fill(circle(x, y, 3 + r.nextDouble() * 6));
        }
        AffineTransform base = g.getTransform();
        // left forearm (blue sleeve)
        g.rotate(Math.toRadians(-12), 600, 360);
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(-100, 300, 600, 140, 40, 40));
        g.setColor(light(BLUE, 0.6));
        g.fill(new RoundRectangle2D.Double(430, 292, 50, 156, 20, 20));
        // left hand palm (under)
        g.setColor(SKIN1);
        g.fill(new RoundRectangle2D.Double(470, 305, 190, 128, 70, 70));
        g.setTransform(base);
        // right forearm (terracotta sleeve)
        g.rotate(Math.toRadians(12), 600, 360);
        g.setColor(TERRA);
        g.fill(new RoundRectangle2D.Double(700, 300, 600, 140, 40, 40));
        g.setColor(light(TERRA, 0.55));
        g.fill(new RoundRectangle2D.Double(720, 292, 50, 156, 20, 20));
        g.setColor(SKIN2);
        g.fill(new RoundRectangle2D.Double(545, 300, 200, 130, 70, 70));
        g.setTransform(base);
        // fingers of the left hand wrapping over the right hand
        g.rotate(Math.toRadians(-8), 600, 360);
        for (int i = 0; i < 4; i++) {
            double y = 318 + i * 27;
            g.setColor(SKIN1);
            g.fill(new RoundRectangle2D.Double(600 + i * 6, y, 120 - i * 12, 30, 30, 30));
            g.setColor(dark(SKIN1, 0.3));
            stroke(g, 2.5);
            g.draw(new RoundRectangle2D.Double(600 + i * 6, y, 120 - i * 12, 30, 30, 30));
        }
        g.setTransform(base);
        // thumb of the right hand on top
        g.rotate(Math.toRadians(-20), 600, 300);
        g.setColor(SKIN2);
        g.fill(new RoundRectangle2D.Double(520, 282, 150, 38, 38, 38));
        g.setColor(dark(SKIN2, 0.3));
        stroke(g, 2.5);
        g.draw(new RoundRectangle2D.Double(520, 282, 150, 38, 38, 38));
        g.setTransform(base);
    }

    /** Training room: board with abstract diagrams, trainer, participants seen from behind. */
    static void trainingBoard(Graphics2D g, Random r) {
        vgrad(g, new Color(0xF1E2C4), new Color(0xE2C99C), 0, 470);
        g.setColor(new Color(0xB86F46));
        g.fill(new Rectangle2D.Double(0, 470, W, H - 470));
        g.setColor(alpha(BROWN, 60));
        for (int i = 0; i < 12; i++) {
            g.fill(new Rectangle2D.Double(0, 480 + i * 18, W, 3));
        }
        // window with light
        g.setColor(light(SKY, 0.3));
        g.fill(new RoundRectangle2D.Double(60, 70, 150, 210, 12, 12));
        g.setColor(CREAM);
        stroke(g, 8);
        g.draw(new RoundRectangle2D.Double(60, 70, 150, 210, 12, 12));
        line(g, 135, 70, 135, 280);
        line(g, 60, 175, 210, 175);
        // board
        g.setColor(BROWN);
        g.fill(new RoundRectangle2D.Double(300, 60, 640, 340, 18, 18));
        g.setColor(new Color(0x2F5E45));
        g.fill(new Rectangle2D.Double(316, 76, 608, 308));
        Color chalk = alpha(CREAM, 215);
        g.setColor(chalk);
        stroke(g, 5);
        // cycle diagram
        double cx = 470;
        double cy = 225;
        for (int i = 0; i < 4; i++) {
            double a = Math.PI / 2 * i - Math.PI / 4;
            g.fill(circle(cx + Math.cos(a) * 80, cy + Math.sin(a) * 80, 22));
        }
        stroke(g, 4);
        for (int i = 0; i < 4; i++) {
            double a0 = Math.toDegrees(Math.PI / 2 * i - Math.PI / 4) + 20;
            g.draw(new java.awt.geom.Arc2D.Double(cx - 80, cy - 80, 160, 160, -a0, -50, java.awt.geom.Arc2D.OPEN));
        }
        // bar chart
        double bx = 640;
        double[] bars = {70, 120, 95, 160, 190};
        for (int i = 0; i < bars.length; i++) {
            g.setColor(i == bars.length - 1 ? alpha(new Color(0xF6C65B), 230) : chalk);
            g.fill(new Rectangle2D.Double(bx + i * 48, 340 - bars[i], 30, bars[i]));
        }
        g.setColor(chalk);
        stroke(g, 4);
        line(g, bx - 15, 342, bx + 250, 342);
        // chalk ledge
        g.setColor(dark(BROWN, 0.1));
        g.fill(new Rectangle2D.Double(310, 398, 620, 12));
        // trainer
        double tg = 560;
        double sy = person(g, 1030, tg, 330, TERRA);
        arm(g, 1000, sy + 14, 960, sy - 10, 930, sy - 60, 18, TERRA);
        // participants (from behind), in two rows with tables
        Color[] cols = {BLUE, GREEN, dark(OCHRE, 0.2), BROWN, TERRA.darker(), new Color(0x2E5B7A), dark(GREEN, 0.2)};
        for (int i = 0; i < 6; i++) {
            bust(g, 120 + i * 190 + r.nextDouble() * 20, 575, 95 + r.nextDouble() * 12, cols[i % cols.length]);
        }
        g.setColor(new Color(0x7A4B2C));
        g.fill(new Rectangle2D.Double(0, 590, W, 20));
        for (int i = 0; i < 5; i++) {
            bust(g, 210 + i * 200 + r.nextDouble() * 20, 690, 120 + r.nextDouble() * 14, cols[(i + 3) % cols.length]);
        }
    }

    /** Map-like territory with nodes linked by lines around a central hub (referral network). */
    static void referralNetwork(Graphics2D g, Random r) {
        radialBg(g, 620, 330, 760, new Color(0x2C4F78), DBLUE);
        // faint grid
        g.setColor(alpha(CREAM, 18));
        stroke(g, 1);
        for (int x = 0; x < W; x += 40) {
            line(g, x, 0, x, H);
        }
        for (int y = 0; y < H; y += 40) {
            line(g, 0, y, W, y);
        }
        Path2D land = blob(r, 600, 340, 300, 250, 14, 0.16);
        g.setColor(alpha(Color.BLACK, 60));
        g.fill(AffineTransform.getTranslateInstance(12, 14).createTransformedShape(land));
        g.setPaint(new GradientPaint(300, 100, new Color(0xE9C27A), 900, 600, OCHRE));
        g.fill(land);
        g.setColor(alpha(dark(OCHRE, 0.3), 120));
        stroke(g, 3);
        g.draw(land);
        // inner regions
        g.setColor(alpha(dark(OCHRE, 0.25), 90));
        stroke(g, 2);
        g.draw(new QuadCurve2D.Double(340, 260, 560, 320, 640, 90));
        g.draw(new QuadCurve2D.Double(560, 320, 700, 420, 880, 360));
        g.draw(new QuadCurve2D.Double(560, 320, 520, 480, 460, 600));
        // nodes
        List<Point2D> nodes = new ArrayList<>();
        Point2D hub = new Point2D.Double(600, 360);
        int guard = 0;
        while (nodes.size() < 15 && guard++ < 5000) {
            double x = 330 + r.nextDouble() * 540;
            double y = 110 + r.nextDouble() * 460;
            if (!land.contains(x, y) || !land.contains(x + 30, y) || !land.contains(x - 30, y)
                    || !land.contains(x, y + 30) || !land.contains(x, y - 30)) {
                continue;
            }
            boolean ok = hub.distance(x, y) > 70;
            for (Point2D p : nodes) {
                if (p.distance(x, y) < 70) {
                    ok = false;
                }
            }
            if (ok) {
                nodes.add(new Point2D.Double(x, y));
            }
        }
        // links: each node to hub (dashed) and to nearest neighbours
        g.setColor(alpha(BLUE, 170));
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8, 8}, 0));
        for (Point2D p : nodes) {
            g.draw(new Line2D.Double(hub, p));
        }
        stroke(g, 3.5);
        g.setColor(alpha(TERRA, 220));
        for (Point2D p : nodes) {
            Point2D best = null;
            Point2D second = null;
            for (Point2D q : nodes) {
                if (q == p) {
                    continue;
                }
                if (best == null || p.distance(q) < p.distance(best)) {
                    second = best;
                    best = q;
                } else if (second == null || p.distance(q) < p.distance(second)) {
                    second = q;
                }
            }
            if (best != null) {
                g.draw(new Line2D.Double(p, best));
            }
            if (second != null) {
                g.draw(new Line2D.Double(p, second));
            }
        }
        Color[] nodeCols = {GREEN, BLUE, TERRA, BROWN};
        for (int i = 0; i < nodes.size(); i++) {
            Point2D p = nodes.get(i);
            g.setColor(CREAM);
            g.fill(circle(p.getX(), p.getY(), 15));
            g.setColor(nodeCols[i % nodeCols.length]);
            g.fill(circle(p.getX(), p.getY(), 10));
        }
        // hub with rings
        for (int k = 3; k >= 1; k--) {
            g.setColor(alpha(TERRA, 40 + 20 * (3 - k)));
            g.fill(circle(hub.getX(), hub.getY(), 22 + k * 16));
        }
        g.setColor(CREAM);
        g.fill(circle(hub.getX(), hub.getY(), 28));
        g.setColor(TERRA);
        g.fill(circle(hub.getX(), hub.getY(), 20));
        g.setColor(CREAM);
        g.fill(heart(hub.getX(), hub.getY() + 1, 10));
        // stars / far dots in the background
        for (int i = 0; i < 90; i++) {
            double x = r.nextDouble() * W;
            double y = r.nextDouble() * H;
            if (land.contains(x, y)) {
                continue;
            }
            g.setColor(alpha(CREAM, 40 + r.nextInt(80)));
            g.fill(circle(x, y, 1 + r.nextDouble() * 2.5));
        }
    }

    /** Stacks of kit boxes, sacks and buckets under a striped canopy. */
    static void kitBoxes(Graphics2D g, Random r) {
        vgrad(g, new Color(0xF4D9A3), new Color(0xF0C27B), 0, 470);
        sun(g, 1040, 110, 55, new Color(0xF9E0A0), new Color(0xF6B85B), 0);
        g.setColor(light(GREEN, 0.3));
        g.fill(hill(430, 15, 0.006, 0.2, 6, 0.017, 1.1));
        g.setColor(new Color(0xD7B07A));
        g.fill(new Rectangle2D.Double(0, 470, W, H - 470));
        // canopy
        double top = 90;
        double left = 120;
        double right = 1000;
        g.setColor(BROWN);
        stroke(g, 10);
        line(g, left + 20, top + 60, left + 20, 600);
        line(g, right - 20, top + 60, right - 20, 600);
        int stripes = 11;
        double sw = (right - left) / stripes;
        for (int i = 0; i < stripes; i++) {
            Path2D s = new Path2D.Double();
            s.moveTo(left + i * sw + 30, top);
            s.lineTo(left + (i + 1) * sw - 30 + (i == stripes - 1 ? 0 : 0), top);
            s.lineTo(left + (i + 1) * sw, top + 70);
            s.lineTo(left + i * sw, top + 70);
            s.closePath();
            g.setColor(i % 2 == 0 ? TERRA : CREAM);
            g.fill(s);
            g.fill(new Ellipse2D.Double(left + i * sw, top + 50, sw, 40));
        }
        g.setColor(alpha(Color.BLACK, 35));
        g.fill(new Rectangle2D.Double(left, top + 88, right - left, 380));
        // ground shadow
        g.setColor(alpha(Color.BLACK, 40));
        g.fill(new Ellipse2D.Double(180, 560, 760, 60));
        // pyramid of boxes
        Color[] bc = {OCHRE, new Color(0xC98E3A), light(OCHRE, 0.1)};
        double bw = 150;
        double bh = 105;
        double d = 50;
        for (int row = 0; row < 3; row++) {
            int count = 4 - row;
            for (int i = 0; i < count; i++) {
                double x = 230 + row * (bw / 2) + i * (bw + 6);
                double y = 480 - row * (bh + 2);
                box(g, x, y, bw, bh, d, bc[(i + row) % bc.length]);
            }
        }
        // sacks
        for (int i = 0; i < 2; i++) {
            double x = 880 + i * 80;
            g.setColor(i == 0 ? new Color(0xEFE6D2) : new Color(0xE2D3B2));
            Path2D sack = new Path2D.Double();
            sack.moveTo(x, 590);
            sack.curveTo(x - 50, 590, x - 50, 470, x - 10, 450);
            sack.lineTo(x + 10, 430);
            sack.lineTo(x + 30, 450);
            sack.curveTo(x + 70, 470, x + 70, 590, x + 20, 590);
            sack.closePath();
            g.fill(sack);
            g.setColor(BLUE);
            g.fill(new Rectangle2D.Double(x - 30, 510, 80, 12));
        }
        // buckets
        for (int i = 0; i < 3; i++) {
            double x = 120 + i * 60;
            double y = 600;
            Color c = i == 1 ? GREEN : BLUE;
            Path2D b = new Path2D.Double();
            b.moveTo(x - 26, y - 70);
            b.lineTo(x + 26, y - 70);
            b.lineTo(x + 20, y);
            b.lineTo(x - 20, y);
            b.closePath();
            g.setColor(c);
            g.fill(b);
            g.setColor(light(c, 0.3));
            g.fill(new Ellipse2D.Double(x - 26, y - 76, 52, 12));
            g.setColor(dark(c, 0.3));
            stroke(g, 3);
            g.draw(new java.awt.geom.Arc2D.Double(x - 24, y - 100, 48, 56, 0, 180, java.awt.geom.Arc2D.OPEN));
        }
        // volunteer carrying a box
        double sy = person(g, 1100, 610, 300, GREEN.darker());
        box(g, 1040, sy + 40, 95, 70, 30, OCHRE);
        arm(g, 1080, sy + 15, 1060, sy + 60, 1065, sy + 80, 17, GREEN.darker());
    }

    /** Round huts and palm trees under a big sun. */
    static void villageSun(Graphics2D g, Random r) {
        vgrad(g, new Color(0xE9824A), new Color(0xF5D9A2), 0, 450);
        sun(g, 600, 250, 120, new Color(0xF9D67A), new Color(0xFBE3A2), 20);
        // birds
        g.setColor(alpha(BROWN, 180));
        stroke(g, 3);
        for (int i = 0; i < 6; i++) {
            double x = 180 + r.nextDouble() * 260;
            double y = 90 + r.nextDouble() * 90;
            g.draw(new QuadCurve2D.Double(x - 12, y, x - 6, y - 8, x, y));
            g.draw(new QuadCurve2D.Double(x, y, x + 6, y - 8, x + 12, y));
        }
        g.setColor(new Color(0xA8B46A));
        g.fill(hill(400, 30, 0.004, 0.9, 12, 0.012, 0.1));
        g.setColor(new Color(0x6C9A55));
        g.fill(hill(470, 22, 0.005, 2.1, 10, 0.016, 0.4));
        double ground = 560;
        g.setColor(new Color(0xC9955B));
        g.fill(hill(ground, 6, 0.006, 0.3, 3, 0.02, 1.5));
        palm(g, 110, ground, 300, 30, BROWN, dark(GREEN, 0.1));
        palm(g, 1090, ground, 330, -40, BROWN, dark(GREEN, 0.05));
        palm(g, 960, ground - 20, 220, 20, dark(BROWN, 0.1), GREEN);
        hut(g, 280, ground - 10, 170, new Color(0xD7A86E), new Color(0x9C6B34));
        hut(g, 520, ground + 5, 200, new Color(0xE0B57C), new Color(0xA77438));
        hut(g, 760, ground - 15, 150, new Color(0xCF9D63), new Color(0x8E6130));
        // foreground: people walking
        person(g, 420, 640, 120, TERRA);
        person(g, 450, 640, 80, BLUE);
        person(g, 660, 645, 125, GREEN.darker());
        g.setColor(dark(new Color(0xC9955B), 0.15));
        stroke(g, 3);
        for (int i = 0; i < 50; i++) {
            double x = r.nextDouble() * W;
            double y = ground + 40 + r.nextDouble() * 70;
            line(g, x, y, x + 14, y);
        }
    }

    /** Two cupped hands holding a heart. */
    static void handsHeart(Graphics2D g, Random r) {
        radialBg(g, 600, 280, 700, new Color(0xF2A25E), TERRA);
        // soft rings
        for (int k = 0; k < 4; k++) {
            g.setColor(alpha(CREAM, 22));
            g.fill(circle(600, 290, 120 + k * 70));
        }
        // sparkles
        for (int i = 0; i < 14; i++) {
            double a = r.nextDouble() * Math.PI - Math.PI;
            double d = 190 + r.nextDouble() * 150;
            g.setColor(alpha(CREAM, 120 + r.nextInt(100)));
            g.fill(heart(600 + Math.cos(a) * d * 1.3, 300 + Math.sin(a) * d * 0.9, 8 + r.nextDouble() * 10));
        }
        // heart
        g.setColor(alpha(Color.BLACK, 45));
        g.fill(heart(608, 300, 120));
        g.setPaint(new GradientPaint(520, 170, new Color(0xD9473A), 680, 420, new Color(0x9E2A22)));
        g.fill(heart(600, 290, 120));
        g.setColor(alpha(Color.WHITE, 70));
        g.fill(new Ellipse2D.Double(505, 215, 55, 30));
        // cupped hands
        double cx = 600;
        double cy = 400;
        Path2D left = new Path2D.Double();
        left.moveTo(cx - 190, H + 20);
        left.curveTo(cx - 210, cy + 190, cx - 330, cy + 60, cx - 285, cy - 20);
        left.quadTo(cx - 265, cy - 52, cx - 238, cy - 25);
        left.curveTo(cx - 180, cy + 55, cx - 90, cy + 105, cx - 4, cy + 100);
        left.lineTo(cx - 4, H + 20);
        left.closePath();
        Shape right = new AffineTransform(-1, 0, 0, 1, 2 * cx, 0).createTransformedShape(left);
        g.setColor(SKIN1);
        g.fill(left);
        g.setColor(SKIN2);
        g.fill(right);
        // finger lines
        g.setColor(dark(SKIN1, 0.3));
        stroke(g, 4);
        for (int i = 0; i < 3; i++) {
            double o = i * 34;
            g.draw(new QuadCurve2D.Double(cx - 268 + o * 0.6, cy + 10 + o * 0.9, cx - 225 + o * 0.3, cy + 30 + o,
                    cx - 205 + o * 0.5, cy + 10 + o * 1.1));
        }
        g.setColor(dark(SKIN2, 0.35));
        for (int i = 0; i < 3; i++) {
            double o = i * 34;
            g.draw(new QuadCurve2D.Double(cx + 268 - o * 0.6, cy + 10 + o * 0.9, cx + 225 - o * 0.3, cy + 30 + o,
                    cx + 205 - o * 0.5, cy + 10 + o * 1.1));
        }
        // sleeves
        g.setColor(BLUE);
        g.fill(new RoundRectangle2D.Double(cx - 230, 610, 228, 80, 20, 20));
        g.setColor(GREEN);
        g.fill(new RoundRectangle2D.Double(cx + 2, 610, 228, 80, 20, 20));
    }

    /** Meeting table with participants and a large microphone in the foreground. */
    static void meetingMicrophone(Graphics2D g, Random r) {
        vgrad(g, new Color(0x2C5078), DBLUE, 0, H);
        // wall panels
        for (int i = 0; i < 8; i++) {
            g.setColor(alpha(CREAM, i % 2 == 0 ? 14 : 6));
            g.fill(new Rectangle2D.Double(i * 150, 0, 150, 380));
        }
        // flag (orange / white / green vertical bands)
        g.setColor(new Color(0x8C8C8C));
        stroke(g, 6);
        line(g, 120, 70, 120, 400);
        g.setColor(new Color(0xF77F00));
        g.fill(new Rectangle2D.Double(123, 80, 45, 100));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(168, 80, 45, 100));
        g.setColor(new Color(0x009E60));
        g.fill(new Rectangle2D.Double(213, 80, 45, 100));
        // screen
        g.setColor(alpha(CREAM, 40));
        g.fill(new RoundRectangle2D.Double(380, 60, 440, 230, 12, 12));
        g.setColor(alpha(OCHRE, 150));
        g.fill(circle(600, 175, 60));
        g.setColor(alpha(CREAM, 90));
        stroke(g, 6);
        line(g, 420, 250, 780, 250);
        // participants
        Color[] cols = {TERRA, OCHRE.darker(), GREEN, SAND.darker(), light(TERRA, 0.2), BROWN.brighter()};
        for (int i = 0; i < 6; i++) {
            bust(g, 190 + i * 165, 470, 110 + r.nextDouble() * 14, cols[i]);
        }
        // table in perspective
        Path2D table = new Path2D.Double();
        table.moveTo(60, 440);
        table.lineTo(1140, 440);
        table.lineTo(1200, 540);
        table.lineTo(0, 540);
        table.closePath();
        g.setColor(new Color(0x7A4B2C));
        g.fill(table);
        g.setColor(new Color(0x5A3620));
        g.fill(new Rectangle2D.Double(0, 540, W, 30));
        g.setColor(GREEN);
        g.fill(new Rectangle2D.Double(0, 570, W, H - 570));
        // small desk microphones and water glasses
        for (int i = 0; i < 6; i++) {
            double x = 190 + i * 165;
            g.setColor(new Color(0x222222));
            g.fill(new Ellipse2D.Double(x - 20, 478, 40, 12));
            stroke(g, 4);
            line(g, x, 482, x - 18, 440);
            g.fill(circle(x - 19, 437, 6));
            g.setColor(alpha(light(SKY, 0.4), 170));
            g.fill(new RoundRectangle2D.Double(x + 30, 455, 18, 30, 5, 5));
            g.setColor(CREAM);
            g.fill(new Rectangle2D.Double(x - 60, 495, 70, 30));
        }
        // big microphone on the right
        AffineTransform base = g.getTransform();
        g.rotate(Math.toRadians(-18), 1000, 420);
        double mx = 1000;
        double my = 330;
        g.setColor(new Color(0x333333));
        Path2D handle = new Path2D.Double();
        handle.moveTo(mx - 32, my + 95);
        handle.lineTo(mx + 32, my + 95);
        handle.lineTo(mx + 18, my + 330);
        handle.lineTo(mx - 18, my + 330);
        handle.closePath();
        g.fill(handle);
        RoundRectangle2D head = new RoundRectangle2D.Double(mx - 62, my - 90, 124, 190, 124, 124);
        g.setPaint(new GradientPaint((float) (mx - 60), 0, new Color(0xC9C9C9), (float) (mx + 60), 0, new Color(0x6E6E6E)));
        g.fill(head);
        Shape clip = g.getClip();
        g.clip(head);
        g.setColor(alpha(new Color(0x333333), 130));
        stroke(g, 2);
        for (int k = -8; k <= 8; k++) {
            line(g, mx + k * 14, my - 100, mx + k * 14, my + 110);
            line(g, mx - 70, my + k * 14, mx + 70, my + k * 14);
        }
        g.setClip(clip);
        g.setColor(OCHRE);
        g.fill(new RoundRectangle2D.Double(mx - 64, my + 70, 128, 30, 10, 10));
        g.setTransform(base);
    }

    /** Convoy of vehicles with plain banners along a road through the countryside. */
    static void caravanRoad(Graphics2D g, Random r) {
        vgrad(g, new Color(0x8FC0D6), new Color(0xF6E2B8), 0, 400);
        sun(g, 200, 130, 60, new Color(0xF9D67A), new Color(0xFBE3A2), 12);
        cloud(g, 780, 110, 70, alpha(Color.WHITE, 200));
        cloud(g, 1010, 170, 50, alpha(Color.WHITE, 170));
        g.setColor(new Color(0x9DB571));
        g.fill(hill(360, 30, 0.003, 0.5, 14, 0.009, 1.8));
        g.setColor(new Color(0x6F9B54));
        g.fill(hill(420, 18, 0.006, 1.7, 9, 0.014, 0.2));
        // trees on the ridge
        for (int i = 0; i < 14; i++) {
            double x = r.nextDouble() * W;
            double y = hillY(x, 420, 18, 0.006, 1.7, 9, 0.014, 0.2) + 5;
            double s = 18 + r.nextDouble() * 20;
            g.setColor(BROWN);
            g.fill(new Rectangle2D.Double(x - 3, y - s, 6, s));
            g.setColor(dark(GREEN, r.nextDouble() * 0.3));
            g.fill(circle(x, y - s - s * 0.5, s * 0.8));
        }
        // road (laterite) band
        g.setColor(new Color(0xC0704A));
        g.fill(new Rectangle2D.Double(0, 470, W, 120));
        g.setColor(new Color(0xA95E3B));
        g.fill(new Rectangle2D.Double(0, 470, W, 10));
        g.setColor(alpha(CREAM, 170));
        for (int x = 20; x < W; x += 90) {
            g.fill(new RoundRectangle2D.Double(x, 528, 50, 6, 6, 6));
        }
        g.setColor(new Color(0x5F8F46));
        g.fill(new Rectangle2D.Double(0, 590, W, H - 590));
        // dust behind the convoy
        for (int i = 0; i < 25; i++) {
            g.setColor(alpha(new Color(0xE3B48C), 60));
            g.fill(circle(40 + r.nextDouble() * 220, 520 + r.nextDouble() * 40, 15 + r.nextDouble() * 30));
        }
        Color[] bodies = {CREAM, new Color(0xF2EBDD), CREAM};
        Color[] banners = {TERRA, GREEN, OCHRE};
        for (int i = 0; i < 3; i++) {
            vehicle(g, 200 + i * 320, 560, 250, bodies[i], banners[i]);
        }
        // flag bunting across the scene
        g.setColor(alpha(BROWN, 150));
        stroke(g, 2);
        g.draw(new QuadCurve2D.Double(0, 250, 600, 330, 1200, 240));
        Color[] bunt = {ORANGE, CREAM, GREEN, TERRA, OCHRE};
        for (int i = 0; i < 24; i++) {
            double t = (i + 0.5) / 24.0;
            double x = (1 - t) * (1 - t) * 0 + 2 * (1 - t) * t * 600 + t * t * 1200;
            double y = (1 - t) * (1 - t) * 250 + 2 * (1 - t) * t * 330 + t * t * 240;
            Path2D f = new Path2D.Double();
            f.moveTo(x - 14, y);
            f.lineTo(x + 14, y);
            f.lineTo(x, y + 28);
            f.closePath();
            g.setColor(bunt[i % bunt.length]);
            g.fill(f);
        }
        // foreground grass
        g.setColor(dark(GREEN, 0.1));
        stroke(g, 3);
        for (int i = 0; i < 60; i++) {
            double x = r.nextDouble() * W;
            double y = 610 + r.nextDouble() * 60;
            line(g, x, y, x + (r.nextDouble() - 0.5) * 12, y - 12 - r.nextDouble() * 10);
        }
    }

    /** Tree with branches, leafy crown and roots, on a halo. */
    static void treeOfLife(Graphics2D g, Random r) {
        radialBg(g, 600, 300, 720, new Color(0xF8EAD0), new Color(0xE3BE82));
        g.setColor(alpha(OCHRE, 90));
        g.fill(circle(600, 290, 265));
        g.setColor(alpha(OCHRE, 70));
        g.fill(circle(600, 290, 215));
        double ground = 505;
        // soil below the ground line
        g.setPaint(new GradientPaint(0, (float) ground, new Color(0xB98352), 0, H, new Color(0x8A5A34)));
        g.fill(new Rectangle2D.Double(0, ground, W, H - ground));
        g.setColor(LGREEN);
        g.fill(new Rectangle2D.Double(0, ground - 6, W, 12));
        // roots (lighter, in the soil)
        List<Point2D> ignore = new ArrayList<>();
        Random rr = new Random(r.nextLong());
        for (int i = 0; i < 7; i++) {
            double a = Math.toRadians(22 + i * 22.5);
            branch(g, rr, 600, ground + 4, a, 55, 11, 2, ignore, alpha(new Color(0x4A2E1A), 200));
        }
        // trunk
        g.setColor(BROWN);
        Path2D trunk = new Path2D.Double();
        trunk.moveTo(555, ground + 6);
        trunk.quadTo(590, 450, 588, 380);
        trunk.lineTo(612, 380);
        trunk.quadTo(610, 450, 645, ground + 6);
        trunk.closePath();
        g.fill(trunk);
        // soft crown mass behind the branches
        g.setColor(alpha(GREEN, 120));
        g.fill(new Ellipse2D.Double(370, 70, 460, 270));
        List<Point2D> tips = new ArrayList<>();
        branchWide(g, r, 600, 380, Math.toRadians(-90), 70, 24, 5, tips, BROWN);
        // crown
        Color[] leaves = {GREEN, LGREEN, dark(GREEN, 0.15), OCHRE, TERRA, light(GREEN, 0.2), GREEN};
        for (Point2D t : tips) {
            for (int k = 0; k < 3; k++) {
                double ox = (r.nextDouble() - 0.5) * 60;
                double oy = (r.nextDouble() - 0.5) * 50;
                Color c = leaves[r.nextInt(leaves.length)];
                g.setColor(alpha(c, 200 + r.nextInt(55)));
                g.fill(circle(t.getX() + ox, t.getY() + oy, 20 + r.nextDouble() * 18));
            }
        }
        // people on the ground, on both sides of the tree
        person(g, 360, ground + 2, 120, TERRA);
        person(g, 405, ground + 2, 80, BLUE);
        person(g, 800, ground + 2, 125, GREEN.darker());
        person(g, 846, ground + 2, 95, dark(OCHRE, 0.3));
        // stones in the soil
        for (int i = 0; i < 30; i++) {
            g.setColor(alpha(new Color(0x6E4529), 120));
            double x = r.nextDouble() * W;
            double y = ground + 30 + r.nextDouble() * (H - ground - 40);
            if (Math.abs(x - 600) < 200) {
                continue;
            }
            g.fill(new Ellipse2D.Double(x, y, 10 + r.nextDouble() * 14, 6 + r.nextDouble() * 6));
        }
    }

    /** Like {@link #branch} but with a wider, rounder spread, for the crown of a tree. */
    static void branchWide(Graphics2D g, Random r, double x, double y, double ang, double len, double w,
                           int depth, List<Point2D> tips, Color c) {
        double x2 = x + Math.cos(ang) * len;
        double y2 = y + Math.sin(ang) * len;
        g.setColor(c);
        stroke(g, w);
        g.draw(new QuadCurve2D.Double(x, y, (x + x2) / 2 + (r.nextDouble() - 0.5) * len * 0.2, (y + y2) / 2, x2, y2));
        if (depth == 0) {
            tips.add(new Point2D.Double(x2, y2));
            return;
        }
        for (int i = 0; i < 2; i++) {
            double spread = (i == 0 ? -1 : 1) * (0.5 + r.nextDouble() * 0.2);
            branchWide(g, r, x2, y2, ang + spread, len * (0.76 + r.nextDouble() * 0.1), w * 0.66, depth - 1, tips, c);
        }
    }

    /** Official document with text bars, signature and a wax seal with ribbons. */
    static void documentSeal(Graphics2D g, Random r) {
        vgrad(g, BLUE, DBLUE, 0, H);
        g.setColor(alpha(CREAM, 12));
        stroke(g, 30);
        for (int x = -600; x < W + 600; x += 90) {
            line(g, x, 0, x + 500, H);
        }
        // pen
        AffineTransform base = g.getTransform();
        g.rotate(Math.toRadians(30), 960, 300);
        g.setColor(OCHRE);
        g.fill(new RoundRectangle2D.Double(900, 80, 28, 330, 14, 14));
        g.setColor(dark(OCHRE, 0.4));
        g.fill(new Rectangle2D.Double(900, 300, 28, 18));
        Path2D nib = new Path2D.Double();
        nib.moveTo(900, 410);
        nib.lineTo(928, 410);
        nib.lineTo(914, 455);
        nib.closePath();
        g.setColor(new Color(0x3A3A3A));
        g.fill(nib);
        g.setTransform(base);
        // paper
        g.rotate(Math.toRadians(-5), 560, 340);
        g.setColor(alpha(Color.BLACK, 80));
        g.fill(new RoundRectangle2D.Double(330, 60, 470, 600, 10, 10));
        g.setColor(CREAM);
        g.fill(new RoundRectangle2D.Double(318, 46, 470, 600, 10, 10));
        // header emblem and tricolour band
        g.setColor(alpha(GREEN, 200));
        g.fill(circle(553, 105, 28));
        g.setColor(CREAM);
        g.fill(heart(553, 106, 12));
        g.setColor(new Color(0xF77F00));
        g.fill(new Rectangle2D.Double(468, 150, 56, 6));
        g.setColor(new Color(0xDDDDDD));
        g.fill(new Rectangle2D.Double(524, 150, 58, 6));
        g.setColor(new Color(0x009E60));
        g.fill(new Rectangle2D.Double(582, 150, 56, 6));
        // text bars
        g.setColor(new Color(0x9A8C78));
        g.fill(new RoundRectangle2D.Double(420, 178, 266, 14, 8, 8));
        g.setColor(new Color(0xC7B9A3));
        double y = 220;
        for (int i = 0; i < 13; i++) {
            double len = (i % 5 == 4) ? 180 + r.nextDouble() * 120 : 360 + r.nextDouble() * 40;
            if (i == 6) {
                y += 16;
                continue;
            }
            g.fill(new RoundRectangle2D.Double(368, y, len, 10, 8, 8));
            y += 24;
        }
        // signature
        g.setColor(BLUE);
        stroke(g, 3.5);
        Path2D sig = new Path2D.Double();
        sig.moveTo(380, 585);
        sig.curveTo(410, 540, 430, 600, 450, 570);
        sig.curveTo(470, 540, 480, 600, 505, 575);
        sig.curveTo(520, 560, 540, 590, 575, 570);
        g.draw(sig);
        // seal ribbons
        g.setColor(dark(TERRA, 0.1));
        for (int s = -1; s <= 1; s += 2) {
            Path2D rib = new Path2D.Double();
            double rx = 690 + s * 22;
            rib.moveTo(rx - 18, 560);
            rib.lineTo(rx + 18, 560);
            rib.lineTo(rx + 18 + s * 20, 660);
            rib.lineTo(rx + s * 20, 640);
            rib.lineTo(rx - 18 + s * 20, 660);
            rib.closePath();
            g.fill(rib);
        }
        // seal
        Path2D star = new Path2D.Double();
        int pts = 28;
        for (int i = 0; i < pts * 2; i++) {
            double a = Math.PI * i / pts;
            double rad = i % 2 == 0 ? 72 : 64;
            double px = 690 + Math.cos(a) * rad;
            double py = 545 + Math.sin(a) * rad;
            if (i == 0) {
                star.moveTo(px, py);
            } else {
                star.lineTo(px, py);
            }
        }
        star.closePath();
        g.setColor(TERRA);
        g.fill(star);
        g.setColor(light(TERRA, 0.25));
        stroke(g, 3);
        g.draw(circle(690, 545, 52));
        g.draw(circle(690, 545, 44));
        g.setColor(light(TERRA, 0.35));
        g.fill(heart(690, 548, 20));
        g.setTransform(base);
    }
}
