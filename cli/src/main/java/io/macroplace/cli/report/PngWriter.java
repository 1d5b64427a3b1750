package io.macroplace.cli.report;

import io.macroplace.netlist.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Rasterises a {@link Drawing} with Java2D (headless) and writes it as PNG. */
public final class PngWriter {
    /** Distance between hatch lines, in pixels. */
    private static final double HATCH_STEP = 6;

    static {
        // Reports are drawn on servers without a display; Java2D must not look for one.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private PngWriter() {
    }

    /**
     * Loads Java2D, its fonts and the PNG encoder now. They register JVM shutdown hooks when first
     * used, which is refused once the JVM is shutting down: a command that writes pictures after
     * Ctrl-C must have them loaded before.
     */
    public static void warmUp() {
        Drawing tiny = Drawing.builder(4, 4, java.awt.Color.WHITE)
                .add(Shape.Text.of(1, 3, "x", 8, java.awt.Color.BLACK, Shape.Anchor.START))
                .build();
        try {
            ImageIO.write(toImage(tiny), "png", new java.io.ByteArrayOutputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes the drawing as a PNG file, atomically. */
    public static void write(Drawing drawing, Path target) throws IOException {
        AtomicFiles.write(target, body(drawing));
    }

    /** The PNG file's content, for an {@link AtomicFiles.Batch}. */
    public static AtomicFiles.StreamBody body(Drawing drawing) {
        BufferedImage image = toImage(drawing);
        return out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available in this JDK");
            }
        };
    }

    /** Rasterises the drawing into an RGB image of the drawing's size. */
    public static BufferedImage toImage(Drawing drawing) {
        BufferedImage image = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(drawing.background());
            g.fillRect(0, 0, drawing.width(), drawing.height());
            for (Shape s : drawing.shapes()) {
                paint(g, s);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paint(Graphics2D g, Shape shape) {
        // Java 17: no pattern switch yet, so an instanceof chain over the sealed shapes.
        if (shape instanceof Shape.Rect r) {
            paintRect(g, r);
        } else if (shape instanceof Shape.Line l) {
            g.setColor(l.color());
            g.setStroke(stroke(l.width(), l.dashed()));
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
        } else if (shape instanceof Shape.Polyline p) {
            g.setColor(p.color());
            g.setStroke(new BasicStroke((float) p.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(polylinePath(p.xs(), p.ys()));
        } else if (shape instanceof Shape.Polygon p) {
            double[] xs = p.xs();
            double[] ys = p.ys();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(xs[0], ys[0]);
            for (int i = 1; i < xs.length; i++) {
                path.lineTo(xs[i], ys[i]);
            }
            path.closePath();
            g.setColor(p.fill());
            g.fill(path);
        } else if (shape instanceof Shape.Circle c) {
            Ellipse2D.Double e = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            if (c.fill() != null) {
                g.setColor(c.fill());
                g.fill(e);
            }
            if (c.stroke() != null) {
                g.setColor(c.stroke());
                g.setStroke(new BasicStroke(1f));
                g.draw(e);
            }
        } else if (shape instanceof Shape.Text t) {
            paintText(g, t);
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
    }

    private static void paintRect(Graphics2D g, Shape.Rect r) {
        Rectangle2D.Double rect = new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h());
        if (r.fill() != null) {
            g.setColor(r.fill());
            g.fill(rect);
        }
        if (r.hatch() != null) {
            java.awt.Shape oldClip = g.getClip();
            g.clip(rect);
            g.setColor(r.hatch());
            g.setStroke(new BasicStroke(1f));
            // 45-degree lines x - y = const, stepping the constant across the rectangle.
            for (double c = -r.h(); c <= r.w(); c += HATCH_STEP) {
                g.draw(new Line2D.Double(r.x() + c, r.y() + r.h(), r.x() + c + r.h(), r.y()));
            }
            g.setClip(oldClip);
        }
        if (r.stroke() != null && r.strokeWidth() > 0) {
            g.setColor(r.stroke());
            g.setStroke(stroke(r.strokeWidth(), false));
            g.draw(rect);
        }
    }

    private static void paintText(Graphics2D g, Shape.Text t) {
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) t.size());
        g.setFont(font);
        g.setColor(t.color());
        double width = g.getFontMetrics().getStringBounds(t.text(), g).getWidth();
        double dx = switch (t.anchor()) {
            case START -> 0;
            case MIDDLE -> -width / 2;
            case END -> -width;
        };
        AffineTransform saved = g.getTransform();
        g.translate(t.x(), t.y());
        if (t.rotation() != 0) {
            g.rotate(Math.toRadians(t.rotation()));
        }
        g.drawString(t.text(), (float) dx, 0f);
        g.setTransform(saved);
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        return dashed
                ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f)
                : new BasicStroke((float) width);
    }

    /** A path through the points, lifting the pen at NaN points. */
    private static Path2D.Double polylinePath(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        boolean penDown = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                penDown = false;
            } else if (penDown) {
                path.lineTo(xs[i], ys[i]);
            } else {
                path.moveTo(xs[i], ys[i]);
                penDown = true;
            }
        }
        return path;
    }
}
