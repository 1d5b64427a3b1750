package io.macroplace.netlist;

import java.util.Locale;

/**
 * The eight DEF/LEF orientations a macro can take. N is the netlist's reference orientation;
 * pin offsets in the netlist are given for N.
 */
public enum Orientation {
    N, FN, S, FS, E, FE, W, FW;

    private static final Orientation[] VALUES = values();

    public static Orientation ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** Parses "N", "fs", ...; throws IllegalArgumentException on anything else. */
    public static Orientation parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }

    /** True when the macro's width and height are exchanged (rotated by 90 degrees). */
    public boolean swapsSides() {
        return this == E || this == FE || this == W || this == FW;
    }

    /** x of the offset (dx, dy), given for N, after turning the macro to this orientation. */
    public double rotateX(double dx, double dy) {
        return switch (this) {
            case N, FS -> dx;
            case S, FN -> -dx;
            case E, FW -> dy;
            case W, FE -> -dy;
        };
    }

    /** y of the offset (dx, dy), given for N, after turning the macro to this orientation. */
    public double rotateY(double dx, double dy) {
        return switch (this) {
            case N, FN -> dy;
            case S, FS -> -dy;
            case E, FE -> -dx;
            case W, FW -> dx;
        };
    }
}
