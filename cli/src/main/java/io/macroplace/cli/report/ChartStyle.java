package io.macroplace.cli.report;

import java.awt.Color;
import java.util.Objects;

/** Size and colours of a chart. Immutable; {@code withSize} makes a copy. */
public record ChartStyle(int width, int height, Color background, Color text, Color axis, Color gridLine,
                         Color series, Color accent) {

    public static final ChartStyle DEFAULT = new ChartStyle(720, 440, Color.WHITE, new Color(0x222222),
            new Color(0x444444), new Color(0xe3e3e3), new Color(0x3a6ea5), new Color(0xd9822b));

    public ChartStyle {
        if (width < 200 || height < 150 || width > 20000 || height > 20000) {
            throw new IllegalArgumentException("chart size out of range: " + width + " x " + height);
        }
        Objects.requireNonNull(background);
        Objects.requireNonNull(text);
        Objects.requireNonNull(axis);
        Objects.requireNonNull(gridLine);
        Objects.requireNonNull(series);
        Objects.requireNonNull(accent);
    }

    public ChartStyle withSize(int w, int h) {
        return new ChartStyle(w, h, background, text, axis, gridLine, series, accent);
    }
}
