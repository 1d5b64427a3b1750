package io.macroplace.env.cost;

/** Where a hard-macro pin sits relative to its macro's orientation. */
public enum PinMode {
    /**
     * Centre + offset as written in the netlist, whatever the orientation: the rule that the
     * published Circuit Training numbers were computed with. Macro footprints are not turned either.
     */
    DEFAULT,
    /**
     * Offsets turned by the macro's orientation ({@code --orient-pins}); E/W-family orientations
     * also exchange the macro's width and height for density and routing blockage.
     */
    ORIENTED
}
