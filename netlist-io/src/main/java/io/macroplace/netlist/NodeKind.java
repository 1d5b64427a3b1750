package io.macroplace.netlist;

/** What a netlist node is. Pins carry the hardness of the macro they belong to. */
public enum NodeKind {
    PORT,
    HARD_MACRO,
    SOFT_MACRO,
    HARD_MACRO_PIN,
    SOFT_MACRO_PIN,
    STDCELL;

    private static final NodeKind[] VALUES = values();

    public static NodeKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    public boolean isMacro() {
        return this == HARD_MACRO || this == SOFT_MACRO;
    }

    public boolean isPin() {
        return this == HARD_MACRO_PIN || this == SOFT_MACRO_PIN;
    }

    /** Nodes that have a line in a .plc body: everything but macro pins. */
    public boolean isPlaceable() {
        return !isPin();
    }
}
