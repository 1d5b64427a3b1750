package io.macroplace.env.cost;

/**
 * Where a hard-macro pin sits relative to its macro's orientation in the placement. In both modes
 * the base offset is the pin as the netlist places it: its N-frame {@code x_offset, y_offset}
 * turned by the macro's {@code orientation} attribute in the netlist (see {@link CostModel}).
 */
public enum PinMode {
    /**
     * Centre + base offset, whatever orientation the placement (.plc) gives the macro: the rule
     * the published Circuit Training numbers were computed with. Footprints are not turned either.
     */
    DEFAULT,
    /**
     * The base offset turned further by the placement's orientation ({@code --orient-pins}); E/W
     * orientations also exchange the macro's width and height for density and routing blockage.
     */
    ORIENTED
}
