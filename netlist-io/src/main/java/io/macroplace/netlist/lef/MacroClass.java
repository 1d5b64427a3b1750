package io.macroplace.netlist.lef;

import java.util.Locale;

/**
 * A LEF macro's {@code CLASS}, and what macroplace makes of it: BLOCK (and RING, a block around
 * others) are hard macros to place; CORE and its subclasses (TIEHIGH, WELLTAP, SPACER,
 * ANTENNACELL...), ENDCAP, PAD and COVER are cells: standard cells, the physical-only ones usually
 * FIXED in the DEF, which keeps them where they are.
 */
public enum MacroClass {
    BLOCK, RING, CORE, ENDCAP, PAD, COVER;

    /** The class of a LEF {@code CLASS} keyword; null for one LEF does not define. */
    public static MacroClass parse(String keyword) {
        return switch (keyword.toUpperCase(Locale.ROOT)) {
            case "BLOCK" -> BLOCK;
            case "RING" -> RING;
            case "CORE" -> CORE;
            case "ENDCAP" -> ENDCAP;
            case "PAD" -> PAD;
            case "COVER" -> COVER;
            default -> null;
        };
    }

    /** True for the classes placed as hard macros. */
    public boolean isHardMacro() {
        return this == BLOCK || this == RING;
    }
}
