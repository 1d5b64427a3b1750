package io.macroplace.cli.report;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The strip under a layout: a swatch and count per layer shown, and the canvas size and grid. */
final class LayoutLegend {
    private static final double SIZE = 12;
    private static final double SWATCH = 11;

    private LayoutLegend() {
    }

    private record Item(String text, Color fill, Color edge, boolean dot, boolean hatched) {
    }

    static void draw(Drawing.Builder d, LayoutTransform t, LayoutScene scene, LayoutStyle style, Color hardFill,
                     Color fixedFill) {
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
        items.add(new Item("hard macro (" + hard + ")", hardFill, pal.macroEdge(), false, false));
        if (fixed > 0) {
            items.add(new Item("fixed (" + fixed + ")", fixedFill, pal.macroEdge(), false, false));
        }
        int soft = n.count(NodeKind.SOFT_MACRO);
        if (style.showSoftMacros() && soft > 0) {
            items.add(new Item("soft macro (" + soft + ")", pal.softMacro(), pal.softMacroEdge(), false, false));
        }
        int ports = n.count(NodeKind.PORT);
        if (style.showPorts() && ports > 0) {
            items.add(new Item("port (" + ports + ")", pal.port(), null, true, false));
        }
        if (!scene.floorplan().blockages().isEmpty()) {
            items.add(new Item("blockage", pal.blockageFill(), pal.blockageHatch(), false, true));
        }
        if (unplaced > 0) {
            items.add(new Item(unplaced + " unplaced, not drawn", null, null, false, false));
        }

        double baseline = t.top() + t.canvasPixelHeight() + 20;
        double x = t.left();
        for (Item item : items) {
            double top = baseline - SWATCH + 1;
            if (item.dot()) {
                d.add(new Shape.Circle(x + SWATCH / 2, top + SWATCH / 2, 3.5, item.fill(), null, null, null));
                x += SWATCH + 4;
            } else if (item.fill() != null) {
                d.add(new Shape.Rect(x, top, SWATCH, SWATCH, item.fill(), item.edge(), 1,
                        item.hatched() ? item.edge() : null, "legend", null));
                x += SWATCH + 4;
            }
            d.add(Shape.Text.of(x, baseline, item.text(), SIZE, pal.text(), Shape.Anchor.START));
            x += Shape.Text.estimateWidth(item.text(), SIZE) + 14;
        }
        Floorplan fp = scene.floorplan();
        String size = String.format(Locale.ROOT, "%s \u00d7 %s \u00b5m, grid %d \u00d7 %d", Fmt.sig(fp.width()),
                Fmt.sig(fp.height()), fp.cols(), fp.rows());
        double right = t.left() + t.canvasPixelWidth();
        // Only when it cannot run into the swatches; narrow pictures drop it.
        if (right - Shape.Text.estimateWidth(size, SIZE) > x) {
            d.add(Shape.Text.of(right, baseline, size, SIZE, pal.text(), Shape.Anchor.END));
        }
    }
}
