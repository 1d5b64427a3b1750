package io.macroplace.netlist.def;

/** The placement status of a DEF component or pin. */
public enum DefStatus {
    /** No placement statement at all. */
    NONE,
    UNPLACED,
    PLACED,
    FIXED,
    /** Fixed, and part of the cover (bumps and the like). */
    COVER;

    private static final DefStatus[] VALUES = values();

    static DefStatus ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** True when the component has a location. */
    public boolean placed() {
        return this == PLACED || this == FIXED || this == COVER;
    }

    /** True when placers must leave it where it is. */
    public boolean fixed() {
        return this == FIXED || this == COVER;
    }
}
