package io.macroplace.cli.report;

import io.macroplace.netlist.AtomicFiles;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Drawing} as SVG 1.1 text: one element per shape, in the same pixel
 * coordinates as the PNG, so both files show the same picture. A shape's role becomes its
 * {@code class} and its title a {@code <title>} child (a tooltip in browsers).
 */
public final class SvgWriter {
    private static final String FONTS = "DejaVu Sans, Arial, Helvetica, sans-serif";
    private static final int HATCH_STEP = 6;

    private SvgWriter() {
    }

    /** Writes a standalone SVG file, atomically. */
    public static void write(Drawing drawing, Path target) throws IOException {
        AtomicFiles.writeString(target, toSvg(drawing, "", true));
    }

    /**
     * The SVG document text.
     *
     * @param idPrefix prefix for ids of pattern definitions, so several SVGs inlined in one HTML
     *                 page do not collide
     * @param xmlDeclaration whether to start with an XML declaration (not wanted inside HTML)
     */
    public static String toSvg(Drawing drawing, String idPrefix, boolean xmlDeclaration) {
        StringBuilder sb = new StringBuilder(4096 + drawing.shapes().size() * 96);
        if (xmlDeclaration) {
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(drawing.width())
                .append("\" height=\"").append(drawing.height()).append("\" viewBox=\"0 0 ").append(drawing.width())
                .append(' ').append(drawing.height()).append("\" font-family=\"").append(FONTS).append("\">\n");
        Map<String, String> patterns = hatchPatterns(drawing.shapes(), Markup.xml(idPrefix));
        if (!patterns.isEmpty()) {
            sb.append("<defs>\n");
            patterns.forEach((key, id) -> appendPattern(sb, id, key));
            sb.append("</defs>\n");
        }
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(drawing.width()).append("\" height=\"")
                .append(drawing.height()).append('"');
        fill(sb, drawing.background());
        sb.append("/>\n");
        for (Shape s : drawing.shapes()) {
            append(sb, s, patterns);
        }
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** One pattern per distinct (fill, hatch) pair; key is "fillRGBA/hatchRGBA". */
    private static Map<String, String> hatchPatterns(List<Shape> shapes, String prefix) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Shape s : shapes) {
            if (s instanceof Shape.Rect r && r.hatch() != null) {
                ids.computeIfAbsent(patternKey(r), k -> prefix + "hatch" + ids.size());
            }
        }
        return ids;
    }

    private static String patternKey(Shape.Rect r) {
        int fill = r.fill() == null ? 0 : r.fill().getRGB();
        return Integer.toHexString(fill) + "/" + Integer.toHexString(r.hatch().getRGB());
    }

    private static void appendPattern(StringBuilder sb, String id, String key) {
        String[] parts = key.split("/");
        Color fill = new Color((int) Long.parseLong(parts[0], 16), true);
        Color hatch = new Color((int) Long.parseLong(parts[1], 16), true);
        sb.append("<pattern id=\"").append(id).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                .append(HATCH_STEP).append("\" height=\"").append(HATCH_STEP)
                .append("\" patternTransform=\"rotate(45)\">");
        if (fill.getAlpha() > 0) {
            sb.append("<rect width=\"").append(HATCH_STEP).append("\" height=\"").append(HATCH_STEP).append('"');
            fill(sb, fill);
            sb.append("/>");
        }
        sb.append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"").append(HATCH_STEP).append('"');
        stroke(sb, hatch, 1);
        sb.append("/></pattern>\n");
    }

    private static void append(StringBuilder sb, Shape shape, Map<String, String> patterns) {
        if (shape instanceof Shape.Rect r) {
            sb.append("<rect");
            role(sb, r.role());
            sb.append(" x=\"").append(Markup.num(r.x())).append("\" y=\"").append(Markup.num(r.y()))
                    .append("\" width=\"").append(Markup.num(r.w())).append("\" height=\"")
                    .append(Markup.num(r.h())).append('"');
            if (r.hatch() != null) {
                sb.append(" fill=\"url(#").append(patterns.get(patternKey(r))).append(")\"");
            } else {
                fill(sb, r.fill());
            }
            if (r.stroke() != null && r.strokeWidth() > 0) {
                stroke(sb, r.stroke(), r.strokeWidth());
            }
            close(sb, "rect", r.title());
        } else if (shape instanceof Shape.Line l) {
            sb.append("<line x1=\"").append(Markup.num(l.x1())).append("\" y1=\"").append(Markup.num(l.y1()))
                    .append("\" x2=\"").append(Markup.num(l.x2())).append("\" y2=\"").append(Markup.num(l.y2()))
                    .append('"');
            stroke(sb, l.color(), l.width());
            if (l.dashed()) {
                sb.append(" stroke-dasharray=\"4 3\"");
            }
            sb.append("/>\n");
        } else if (shape instanceof Shape.Polyline p) {
            sb.append("<path d=\"").append(pathData(p.xs(), p.ys())).append("\" fill=\"none\"");
            stroke(sb, p.color(), p.width());
            sb.append(" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
        } else if (shape instanceof Shape.Polygon p) {
            sb.append("<polygon");
            role(sb, p.role());
            sb.append(" points=\"");
            double[] xs = p.xs();
            double[] ys = p.ys();
            for (int i = 0; i < xs.length; i++) {
                sb.append(i == 0 ? "" : " ").append(Markup.num(xs[i])).append(',').append(Markup.num(ys[i]));
            }
            sb.append('"');
            fill(sb, p.fill());
            sb.append("/>\n");
        } else if (shape instanceof Shape.Circle c) {
            sb.append("<circle");
            role(sb, c.role());
            sb.append(" cx=\"").append(Markup.num(c.cx())).append("\" cy=\"").append(Markup.num(c.cy()))
                    .append("\" r=\"").append(Markup.num(c.r())).append('"');
            fill(sb, c.fill());
            if (c.stroke() != null) {
                stroke(sb, c.stroke(), 1);
            }
            close(sb, "circle", c.title());
        } else if (shape instanceof Shape.Text t) {
            sb.append("<text x=\"").append(Markup.num(t.x())).append("\" y=\"").append(Markup.num(t.y()))
                    .append("\" font-size=\"").append(Markup.num(t.size())).append('"');
            fill(sb, t.color());
            switch (t.anchor()) {
                case MIDDLE -> sb.append(" text-anchor=\"middle\"");
                case END -> sb.append(" text-anchor=\"end\"");
                default -> { }
            }
            if (t.bold()) {
                sb.append(" font-weight=\"bold\"");
            }
            if (t.rotation() != 0) {
                sb.append(" transform=\"rotate(").append(Markup.num(t.rotation())).append(' ')
                        .append(Markup.num(t.x())).append(' ').append(Markup.num(t.y())).append(")\"");
            }
            sb.append('>').append(Markup.xml(t.text())).append("</text>\n");
        } else {
            throw new IllegalStateException("unknown shape " + shape);
        }
    }

    private static void role(StringBuilder sb, String role) {
        if (role != null) {
            sb.append(" class=\"").append(Markup.xml(role)).append('"');
        }
    }

    private static void close(StringBuilder sb, String tag, String title) {
        if (title == null) {
            sb.append("/>\n");
        } else {
            sb.append("><title>").append(Markup.xml(title)).append("</title></").append(tag).append(">\n");
        }
    }

    private static void fill(StringBuilder sb, Color c) {
        if (c == null) {
            sb.append(" fill=\"none\"");
            return;
        }
        sb.append(" fill=\"").append(Markup.hex(c)).append('"');
        if (c.getAlpha() < 255) {
            sb.append(" fill-opacity=\"").append(Markup.opacity(c)).append('"');
        }
    }

    private static void stroke(StringBuilder sb, Color c, double width) {
        sb.append(" stroke=\"").append(Markup.hex(c)).append("\" stroke-width=\"").append(Markup.num(width))
                .append('"');
        if (c.getAlpha() < 255) {
            sb.append(" stroke-opacity=\"").append(Markup.opacity(c)).append('"');
        }
    }

    /** SVG path data through the points, starting a new subpath after each NaN point. */
    private static String pathData(double[] xs, double[] ys) {
        StringBuilder d = new StringBuilder(xs.length * 14);
        boolean penDown = false;
        for (int i = 0; i < xs.length; i++) {
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                penDown = false;
                continue;
            }
            d.append(d.length() == 0 ? "" : " ").append(penDown ? 'L' : 'M').append(Markup.num(xs[i])).append(',')
                    .append(Markup.num(ys[i]));
            penDown = true;
        }
        return d.toString();
    }
}
