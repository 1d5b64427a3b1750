package io.macroplace.cli.report;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * Draws a {@link LayoutScene} as a {@link Drawing}: title lines, canvas with grid and axis ticks
 * in microns, optional heatmap underlay with a colour bar, blockages (hatched), soft macros
 * (translucent), hard macros (fixed ones in their own colour; a triangle marks the corner that is
 * lower-left in orientation N, so flips and rotations show; over a heatmap they are hatched, with
 * a thick dark edge, so that they stand out from any cell colour while the heat under them
 * shows), ports, and a legend that explains every mark.
 *
 * <p>Painter's order: heatmap, grid, blockages, soft macros, hard macros, ports, outline, axes. SVG
 * classes: {@code canvas}, {@code heat-cell}, {@code blockage}, {@code soft-macro},
 * {@code hard-macro} (plus {@code fixed}), {@code orientation-marker}, {@code port}.
 */
public final class LayoutRenderer {
    static final double MARGIN = 16;
    static final double TITLE_SIZE = 18;
    static final double SUBTITLE_SIZE = 13;
    static final double COLOR_BAR_WIDTH = 100;
    private static final double BAR_GAP = 14;
    private static final double BAR_THICKNESS = 16;
    private static final int BAR_STEPS = 64;
    private static final double MIN_TEXT_WIDTH = 280;
    /** Room left of the canvas for the y tick labels, and below it for the x tick labels. */
    static final double AXIS_LEFT = 44;
    static final double AXIS_BOTTOM = 18;
    private static final double TICK = 4;
    private static final double TICK_SIZE = 10;
    private static final int HARD_ALPHA_OVER_HEATMAP = 70;
    private static final Color HATCH_OVER_HEATMAP = new Color(255, 255, 255, 210);
    private static final Color EDGE_OVER_HEATMAP = new Color(0x111111);

    private final LayoutStyle style;

    public LayoutRenderer(LayoutStyle style) {
        this.style = Objects.requireNonNull(style, "style");
    }

    public LayoutStyle style() {
        return style;
    }

    /** Where the scene's chip coordinates land in the picture {@link #render} makes. */
    public LayoutTransform transform(LayoutScene scene) {
        double legend = style.showLegend() ? LayoutLegend.height(scene, style, Double.POSITIVE_INFINITY) : 0;
        LayoutTransform t = fit(scene, legend);
        // A narrow picture wraps the legend; the taller legend shrinks the canvas, so settle in a few rounds.
        for (int round = 0; round < 3 && style.showLegend(); round++) {
            double needed = LayoutLegend.height(scene, style, legendWidth(t));
            if (needed <= legend) {
                break;
            }
            legend = needed;
            t = fit(scene, legend);
        }
        return t;
    }

    private LayoutTransform fit(LayoutScene scene, double legendHeight) {
        double titleHeight = titleHeight(scene.titleLines());
        double extraX = 2 * MARGIN + AXIS_LEFT + (scene.heatmap() != null ? COLOR_BAR_WIDTH : 0);
        double extraY = 2 * MARGIN + titleHeight + AXIS_BOTTOM + legendHeight;
        Floorplan fp = scene.floorplan();
        return LayoutTransform.fit(fp.width(), fp.height(), style.longSidePx(), MARGIN + AXIS_LEFT,
                MARGIN + titleHeight, extraX, extraY, minWidth(scene));
    }

    /** Room for the widest title line and legend entry (bold headline estimated 10% wider). */
    private double minWidth(LayoutScene scene) {
        double w = MIN_TEXT_WIDTH;
        List<String> lines = scene.titleLines();
        for (int i = 0; i < lines.size(); i++) {
            double size = i == 0 ? TITLE_SIZE * 1.1 : SUBTITLE_SIZE;
            w = Math.max(w, Shape.Text.estimateWidth(lines.get(i), size));
        }
        if (style.showLegend()) {
            w = Math.max(w, LayoutLegend.widestItem(scene, style));
        }
        return w + 2 * MARGIN;
    }

    /** The legend may use the whole picture width, not just the canvas width. */
    private static double legendWidth(LayoutTransform t) {
        return t.imageWidth() - 2 * MARGIN;
    }

    public Drawing render(LayoutScene scene) {
        LayoutTransform t = transform(scene);
        LayoutStyle.Palette pal = style.palette();
        Floorplan fp = scene.floorplan();
        Drawing.Builder d = Drawing.builder(t.imageWidth(), t.imageHeight(), pal.background());

        drawTitle(d, scene.titleLines());
        d.add(new Shape.Rect(t.left(), t.top(), t.canvasPixelWidth(), t.canvasPixelHeight(), pal.canvas(), null, 0,
                null, "canvas", null));
        if (scene.heatmap() != null) {
            drawHeatmap(d, t, scene.heatmap());
        }
        if (style.showGrid()) {
            drawGrid(d, t, fp);
        }
        for (Blockage b : fp.blockages()) {
            d.add(new Shape.Rect(t.x(b.x0()), t.y(b.y1()), b.width() * t.scale(), b.height() * t.scale(),
                    pal.blockageFill(), pal.blockageHatch(), 1, pal.blockageHatch(), "blockage",
                    "blockage rate " + b.rate()));
        }
        Netlist n = scene.netlist();
        Placement p = scene.placement();
        if (style.showSoftMacros()) {
            for (int id : n.nodesOf(NodeKind.SOFT_MACRO)) {
                Shape.Rect r = macroRect(n, p, id, t, pal.softMacro(), pal.softMacroEdge(), 0.8, "soft-macro");
                if (r != null) {
                    d.add(r);
                }
            }
        }
        Color hardFill = hardFill(scene, false);
        Color fixedFill = hardFill(scene, true);
        boolean overHeat = scene.heatmap() != null;
        Color edge = overHeat ? EDGE_OVER_HEATMAP : pal.macroEdge();
        for (int id : n.nodesOf(NodeKind.HARD_MACRO)) {
            boolean fixed = p.fixed(id);
            Shape.Rect r = macroRect(n, p, id, t, fixed ? fixedFill : hardFill, edge,
                    overHeat ? 2 : fixed ? 2 : 1, fixed ? "hard-macro fixed" : "hard-macro");
            if (r != null && overHeat) {
                r = new Shape.Rect(r.x(), r.y(), r.w(), r.h(), r.fill(), r.stroke(), r.strokeWidth(),
                        HATCH_OVER_HEATMAP, r.role(), r.title());
            }
            if (r != null) {
                d.add(r);
                d.add(orientationMarker(r, p.orientation(id), pal.orientationMarker()));
                if (style.showMacroLabels()) {
                    label(d, r, n.name(id));
                }
            }
        }
        if (style.showPorts()) {
            double radius = Math.max(3, Math.min(5, t.scale() * Math.min(fp.width(), fp.height()) / 250));
            for (int id : n.nodesOf(NodeKind.PORT)) {
                if (placed(p, id)) {
                    d.add(new Shape.Circle(t.x(p.x(id)), t.y(p.y(id)), radius, pal.port(), null, "port", n.name(id)));
                }
            }
        }
        d.add(new Shape.Rect(t.left(), t.top(), t.canvasPixelWidth(), t.canvasPixelHeight(), null, pal.outline(),
                1.5, null, "outline", null));
        drawAxes(d, t, fp);
        if (scene.heatmap() != null) {
            drawColorBar(d, t, scene.heatmap());
        }
        if (style.showLegend()) {
            LayoutLegend.draw(d, t, scene, style, hardFill, fixedFill, overHeat ? HATCH_OVER_HEATMAP : null,
                    edge, legendWidth(t));
        }
        return d.build();
    }

    /** The ticks of each axis that fall on the canvas, about five, at round numbers of microns. */
    static Ticks axisTicks(double extent) {
        return Ticks.covering(0, extent, 5);
    }

    /**
     * Tick marks and labels in microns along the canvas's bottom (x) and left (y) edges, at round
     * values inside the canvas; the unit stands in the corner between the two axes.
     */
    private void drawAxes(Drawing.Builder d, LayoutTransform t, Floorplan fp) {
        Color text = style.palette().text();
        double bottom = t.top() + t.canvasPixelHeight();
        Ticks xs = axisTicks(fp.width());
        for (int i = 0; i < xs.count(); i++) {
            double v = xs.value(i);
            if (v < -1e-9 * fp.width() || v > fp.width() * (1 + 1e-9)) {
                continue;
            }
            double x = t.x(v);
            d.add(new Shape.Line(x, bottom, x, bottom + TICK, text, 1, false));
            d.add(new Shape.Text(x, bottom + TICK + TICK_SIZE + 1, xs.label(i), TICK_SIZE, text, Shape.Anchor.MIDDLE,
                    false, 0));
        }
        d.add(new Shape.Text(t.left() - TICK - 8, bottom + TICK + TICK_SIZE + 1, "\u00b5m", TICK_SIZE, text,
                Shape.Anchor.END, false, 0));
        Ticks ys = axisTicks(fp.height());
        for (int i = 0; i < ys.count(); i++) {
            double v = ys.value(i);
            if (v < -1e-9 * fp.height() || v > fp.height() * (1 + 1e-9)) {
                continue;
            }
            double y = t.y(v);
            d.add(new Shape.Line(t.left() - TICK, y, t.left(), y, text, 1, false));
            d.add(new Shape.Text(t.left() - TICK - 2, y + TICK_SIZE / 3, ys.label(i), TICK_SIZE, text,
                    Shape.Anchor.END, false, 0));
        }
    }

    /** Headline baseline, then each further line 21 px (second) or 18 px (later) lower. */
    static double titleHeight(List<String> lines) {
        int n = lines.size();
        if (n == 0) {
            return 0;
        }
        return TITLE_SIZE + 10 + (n > 1 ? SUBTITLE_SIZE + 8 + (n - 2) * (SUBTITLE_SIZE + 5) : 0);
    }

    private void drawTitle(Drawing.Builder d, List<String> lines) {
        double y = MARGIN + TITLE_SIZE;
        for (int i = 0; i < lines.size(); i++) {
            boolean head = i == 0;
            d.add(new Shape.Text(MARGIN, y, lines.get(i), head ? TITLE_SIZE : SUBTITLE_SIZE, style.palette().text(),
                    Shape.Anchor.START, head, 0));
            y += head ? SUBTITLE_SIZE + 8 : SUBTITLE_SIZE + 5;
        }
    }

    private static void drawHeatmap(Drawing.Builder d, LayoutTransform t, Heatmap h) {
        double cw = t.canvasWidth() / h.cols();
        double ch = t.canvasHeight() / h.rows();
        for (int row = 0; row < h.rows(); row++) {
            for (int col = 0; col < h.cols(); col++) {
                double v = h.value(col, row);
                Color c = ColorMap.viridis(Double.isFinite(v) ? h.normalized(v) : Double.NaN);
                // Cells snap to whole device pixels of their own edges so neighbours leave no seams.
                double x0 = t.x(col * cw);
                double x1 = t.x((col + 1) * cw);
                double y0 = t.y((row + 1) * ch);
                double y1 = t.y(row * ch);
                d.add(new Shape.Rect(x0, y0, x1 - x0, y1 - y0, c, null, 0, null, "heat-cell",
                        h.label() + " " + Fmt.sig(v)));
            }
        }
    }

    private void drawGrid(Drawing.Builder d, LayoutTransform t, Floorplan fp) {
        Color c = style.palette().grid();
        for (int col = 1; col < fp.cols(); col++) {
            double x = t.x(fp.width() * col / fp.cols());
            d.add(new Shape.Line(x, t.top(), x, t.top() + t.canvasPixelHeight(), c, 0.7, false));
        }
        for (int row = 1; row < fp.rows(); row++) {
            double y = t.y(fp.height() * row / fp.rows());
            d.add(new Shape.Line(t.left(), y, t.left() + t.canvasPixelWidth(), y, c, 0.7, false));
        }
    }

    /**
     * Fill of hard macros. Over a heatmap, blending the macro colour into the cell colours
     * would make them unreadable, so macros become a faint veil, hatched, with a thick dark edge.
     */
    Color hardFill(LayoutScene scene, boolean fixed) {
        LayoutStyle.Palette pal = style.palette();
        if (scene.heatmap() == null) {
            return fixed ? pal.fixedMacro() : pal.hardMacro();
        }
        Color c = fixed ? pal.fixedMacro() : Color.WHITE;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), HARD_ALPHA_OVER_HEATMAP);
    }

    private static boolean placed(Placement p, int id) {
        return Double.isFinite(p.x(id)) && Double.isFinite(p.y(id));
    }

    /** The macro's footprint in pixels (sides exchanged for E/W orientations), or null if unplaced. */
    static Shape.Rect macroRect(Netlist n, Placement p, int id, LayoutTransform t, Color fill, Color edge,
                                double edgeWidth, String role) {
        if (!placed(p, id)) {
            return null;
        }
        boolean swap = p.orientation(id).swapsSides();
        double w = swap ? n.height(id) : n.width(id);
        double h = swap ? n.width(id) : n.height(id);
        double x0 = t.x(p.x(id) - w / 2);
        double y0 = t.y(p.y(id) + h / 2);
        return new Shape.Rect(x0, y0, w * t.scale(), h * t.scale(), fill, edge, edgeWidth, null, role, n.name(id));
    }

    /**
     * A right triangle in the corner that is lower-left in orientation N, found by turning the
     * offset (-1, -1) like a pin offset; legs along the macro's two sides at that corner.
     */
    static Shape.Polygon orientationMarker(Shape.Rect r, Orientation o, Color color) {
        double sx = Math.signum(o.rotateX(-1, -1));
        double sy = Math.signum(o.rotateY(-1, -1)); // chip y: +1 is up, i.e. smaller pixel y
        double cx = sx < 0 ? r.x() : r.x() + r.w();
        double cy = sy < 0 ? r.y() + r.h() : r.y();
        double leg = Math.max(2, Math.min(10, 0.3 * Math.min(r.w(), r.h())));
        double lx = cx - sx * leg;
        double ly = cy + sy * leg;
        return new Shape.Polygon(new double[] {cx, lx, cx}, new double[] {cy, cy, ly}, color, "orientation-marker");
    }

    private void label(Drawing.Builder d, Shape.Rect r, String name) {
        double size = 10;
        if (r.h() >= size + 4 && Shape.Text.estimateWidth(name, size) <= r.w() - 4) {
            d.add(new Shape.Text(r.x() + r.w() / 2, r.y() + r.h() / 2 + size / 3, name, size, Color.WHITE,
                    Shape.Anchor.MIDDLE, false, 0));
        }
    }

    private void drawColorBar(Drawing.Builder d, LayoutTransform t, Heatmap h) {
        Color text = style.palette().text();
        double x0 = t.left() + t.canvasPixelWidth() + BAR_GAP;
        d.add(Shape.Text.of(x0, t.top() + 11, h.label(), 12, text, Shape.Anchor.START));
        double top = t.top() + 20;
        double height = Math.max(40, t.canvasPixelHeight() - 20);
        double step = height / BAR_STEPS;
        for (int i = 0; i < BAR_STEPS; i++) {
            // Top step shows the high end of the range.
            double u = 1 - (i + 0.5) / BAR_STEPS;
            d.add(new Shape.Rect(x0, top + i * step, BAR_THICKNESS, step + 0.5, ColorMap.viridis(u), null, 0, null,
                    "colorbar", null));
        }
        d.add(new Shape.Rect(x0, top, BAR_THICKNESS, height, null, style.palette().outline(), 0.8, null, null, null));
        double[] values = {h.high(), (h.low() + h.high()) / 2, h.low()};
        // Three significant digits of the range are enough to read a colour bar.
        int decimals = Math.max(0, Fmt.decimalsFor(h.high() - h.low()) - 1);
        for (int i = 0; i < 3; i++) {
            double y = top + height * i / 2.0;
            d.add(new Shape.Line(x0 + BAR_THICKNESS, y, x0 + BAR_THICKNESS + 4, y, text, 1, false));
            d.add(Shape.Text.of(x0 + BAR_THICKNESS + 6, y + 4, Fmt.trim(Fmt.fixed(values[i], decimals)), 11, text,
                    Shape.Anchor.START));
        }
    }
}
