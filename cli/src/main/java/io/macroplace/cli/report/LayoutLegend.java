package io.macroplace.cli.report;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The strip under a layout: a swatch and count per layer shown, then the canvas size and grid.
 * Entries wrap onto further lines when the picture is narrow.
 */
final class LayoutLegend {
    private static final double SIZE = 12;
    private static final double SWATCH = 11;
    private static final double LINE = 18;
    private static final double PAD = 12;
    private static final double SPACING = 14;

    private LayoutLegend() {
    }

    /** A swatch (or a dot, or none) and its text; {@code hatch} hatches the swatch, {@code marker} adds the orientation triangle. */
    private record Item(String text, Color fill, Color edge, boolean dot, Color hatch, boolean marker) {
        Item(String text, Color fill, Color edge, boolean dot, Color hatch) {
            this(text, fill, edge, dot, hatch, false);
        }

        double width() {
            return (fill != null ? SWATCH + 4 : 0) + Shape.Text.estimateWidth(text, SIZE);
        }
    }

    /** Height the legend needs when it may use {@code width} pixels per line. */
    static double height(LayoutScene scene, LayoutStyle style, double width) {
        return lineCount(items(scene, style, Color.BLACK, Color.BLACK, null, Color.BLACK), width) * LINE + PAD;
    }

    static double widestItem(LayoutScene scene, LayoutStyle style) {
        double w = 0;
        for (Item item : items(scene, style, Color.BLACK, Color.BLACK, null, Color.BLACK)) {
            w = Math.max(w, item.width());
        }
        return w;
    }

    /**
     * @param hardHatch the hatch of hard macros (over a heatmap), or null
     * @param hardEdge  the edge colour of hard macros
     */
    static void draw(Drawing.Builder d, LayoutTransform t, LayoutScene scene, LayoutStyle style, Color hardFill,
                     Color fixedFill, Color hardHatch, Color hardEdge, double width) {
        Color text = style.palette().text();
        double baseline = t.top() + t.canvasPixelHeight() + LayoutRenderer.AXIS_BOTTOM + 20;
        double left = LayoutRenderer.MARGIN;
        double x = left;
        for (Item item : items(scene, style, hardFill, fixedFill, hardHatch, hardEdge)) {
            if (x > left && x + item.width() > left + width) {
                x = left;
                baseline += LINE;
            }
            double top = baseline - SWATCH + 1;
            if (item.dot()) {
                d.add(new Shape.Circle(x + SWATCH / 2, top + SWATCH / 2, 3.5, item.fill(), null, null, null));
            } else if (item.fill() != null) {
                if (item.hatch() != null && item.hatch() != item.edge()) {
                    // a veiled, hatched macro is drawn over heat: show it over a mid-range cell colour
                    d.add(new Shape.Rect(x, top, SWATCH, SWATCH, ColorMap.viridis(0.5), null, 0, null, null, null));
                }
                Shape.Rect swatch = new Shape.Rect(x, top, SWATCH, SWATCH, item.fill(), item.edge(), 1, item.hatch(),
                        "legend", null);
                d.add(swatch);
                if (item.marker()) {
                    d.add(LayoutRenderer.orientationMarker(swatch, Orientation.N, style.palette().orientationMarker()));
                }
            }
            double tx = x + (item.fill() != null ? SWATCH + 4 : 0);
            d.add(Shape.Text.of(tx, baseline, item.text(), SIZE, text, Shape.Anchor.START));
            x += item.width() + SPACING;
        }
    }

    private static int lineCount(List<Item> items, double width) {
        int lines = 1;
        double x = 0;
        for (Item item : items) {
            if (x > 0 && x + item.width() > width) {
                lines++;
                x = 0;
            }
            x += item.width() + SPACING;
        }
        return lines;
    }

    private static List<Item> items(LayoutScene scene, LayoutStyle style, Color hardFill, Color fixedFill,
                                    Color hardHatch, Color hardEdge) {
        LayoutStyle.Palette pal = style.palette();
        Netlist n = scene.netlist();
        Placement p = scene.placement();
        int hard = 0;
        int fixed = 0;
        int unplaced = 0;
        for (int id : n.nodesOf(NodeKind.HARD_MACRO)) {
            if (!Double.isFinite(p.x(id)) || !Double.isFinite(p.y(id))) {
                unplaced++;
            } else if (p.fixed(id)) {
                fixed++;
            } else {
                hard++;
            }
        }
        List<Item> items = new ArrayList<>();
        items.add(new Item("hard macro (" + hard + ")", hardFill, hardEdge, false, hardHatch));
        if (fixed > 0) {
            items.add(new Item("fixed (" + fixed + ")", fixedFill, hardEdge, false, hardHatch));
        }
        if (hard + fixed > 0) {
            // the swatch of an unturned macro carries the triangle where every macro draws it
            items.add(new Item("corner that is lower-left in orientation N", hardFill, hardEdge, false, hardHatch,
                    true));
        }
        int soft = n.count(NodeKind.SOFT_MACRO);
        if (style.showSoftMacros() && soft > 0) {
            items.add(new Item("soft macro (" + soft + ")", pal.softMacro(), pal.softMacroEdge(), false, null));
        }
        int ports = n.count(NodeKind.PORT);
        if (style.showPorts() && ports > 0) {
            items.add(new Item("port (" + ports + ")", pal.port(), null, true, null));
        }
        if (!scene.floorplan().blockages().isEmpty()) {
            items.add(new Item("blockage", pal.blockageFill(), pal.blockageHatch(), false, pal.blockageHatch()));
        }
        if (unplaced > 0) {
            items.add(new Item(unplaced + " unplaced, not drawn", null, null, false, null));
        }
        Floorplan fp = scene.floorplan();
        items.add(new Item(String.format(Locale.ROOT, "canvas %s \u00d7 %s \u00b5m, grid %d \u00d7 %d",
                Fmt.trim(Fmt.sig(fp.width())), Fmt.trim(Fmt.sig(fp.height())), fp.cols(), fp.rows()),
                null, null, false, null));
        return items;
    }
}
