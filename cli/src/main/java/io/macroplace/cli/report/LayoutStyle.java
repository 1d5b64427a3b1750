package io.macroplace.cli.report;

import java.awt.Color;
import java.util.Objects;

/**
 * How a layout picture looks: its size (pixels on the long side of the whole image, aspect
 * ratio kept), which layers are shown, and the colours. Immutable; {@code withX} makes copies.
 */
public record LayoutStyle(int longSidePx, boolean showGrid, boolean showSoftMacros, boolean showPorts,
                          boolean showLegend, boolean showMacroLabels, Palette palette) {

    public static final LayoutStyle DEFAULT = new LayoutStyle(900, true, true, true, true, false, Palette.DEFAULT);

    public LayoutStyle {
        if (longSidePx < 200 || longSidePx > 20000) {
            throw new IllegalArgumentException("long side must be 200..20000 px, was " + longSidePx);
        }
        Objects.requireNonNull(palette, "palette");
    }

    /** Colours of a layout picture. Soft macros are translucent so what lies under them shows. */
    public record Palette(Color background, Color canvas, Color outline, Color grid, Color hardMacro,
                          Color fixedMacro, Color macroEdge, Color orientationMarker, Color softMacro,
                          Color softMacroEdge, Color port, Color blockageFill, Color blockageHatch, Color text) {
        public static final Palette DEFAULT = new Palette(
                Color.WHITE,
                new Color(0xf7f7f4),
                new Color(0x222222),
                new Color(0xcfcfcf),
                new Color(0x3a6ea5),
                new Color(0x8c2d19),
                new Color(0x1b2f45),
                new Color(255, 255, 255, 220),
                new Color(240, 160, 60, 70),
                new Color(200, 120, 30, 150),
                new Color(0xd62728),
                new Color(120, 120, 120, 40),
                new Color(90, 90, 90, 200),
                new Color(0x222222));

        public Palette {
            Objects.requireNonNull(background);
            Objects.requireNonNull(canvas);
            Objects.requireNonNull(outline);
            Objects.requireNonNull(grid);
            Objects.requireNonNull(hardMacro);
            Objects.requireNonNull(fixedMacro);
            Objects.requireNonNull(macroEdge);
            Objects.requireNonNull(orientationMarker);
            Objects.requireNonNull(softMacro);
            Objects.requireNonNull(softMacroEdge);
            Objects.requireNonNull(port);
            Objects.requireNonNull(blockageFill);
            Objects.requireNonNull(blockageHatch);
            Objects.requireNonNull(text);
        }
    }

    public LayoutStyle withLongSidePx(int px) {
        return new LayoutStyle(px, showGrid, showSoftMacros, showPorts, showLegend, showMacroLabels, palette);
    }

    public LayoutStyle withGrid(boolean show) {
        return new LayoutStyle(longSidePx, show, showSoftMacros, showPorts, showLegend, showMacroLabels, palette);
    }

    public LayoutStyle withSoftMacros(boolean show) {
        return new LayoutStyle(longSidePx, showGrid, show, showPorts, showLegend, showMacroLabels, palette);
    }

    public LayoutStyle withPorts(boolean show) {
        return new LayoutStyle(longSidePx, showGrid, showSoftMacros, show, showLegend, showMacroLabels, palette);
    }

    public LayoutStyle withLegend(boolean show) {
        return new LayoutStyle(longSidePx, showGrid, showSoftMacros, showPorts, show, showMacroLabels, palette);
    }

    /** Hard-macro names drawn inside macros wide enough to hold them (useful on small designs). */
    public LayoutStyle withMacroLabels(boolean show) {
        return new LayoutStyle(longSidePx, showGrid, showSoftMacros, showPorts, showLegend, show, palette);
    }

    public LayoutStyle withPalette(Palette p) {
        return new LayoutStyle(longSidePx, showGrid, showSoftMacros, showPorts, showLegend, showMacroLabels, p);
    }
}
