package io.macroplace.cli.report;

import java.awt.Color;

/** Perceptually ordered colour scale for heatmaps (viridis, sampled at 9 stops and interpolated). */
public final class ColorMap {
    private static final int[] STOPS = {
        0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c, 0x28ae80, 0x5ec962, 0xaddc30, 0xfde725,
    };

    private ColorMap() {
    }

    /** Colour of t in [0, 1] (clamped); NaN gives grey, so missing cells stand out. */
    public static Color viridis(double t) {
        if (Double.isNaN(t)) {
            return new Color(0xbbbbbb);
        }
        double u = Math.max(0, Math.min(1, t)) * (STOPS.length - 1);
        int i = Math.min((int) u, STOPS.length - 2);
        double f = u - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        return new Color(mix(a >> 16, b >> 16, f), mix(a >> 8, b >> 8, f), mix(a, b, f));
    }

    private static int mix(int a, int b, double f) {
        int x = a & 0xff;
        int y = b & 0xff;
        return (int) Math.round(x + (y - x) * f);
    }
}
