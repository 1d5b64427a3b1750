package io.macroplace.netlist.lef;

/**
 * A LEF {@code LAYER}, as far as routing capacity needs it.
 *
 * @param type      ROUTING, CUT, MASTERSLICE, OVERLAP...
 * @param direction HORIZONTAL, VERTICAL, or null (not a routing layer, or not given)
 * @param pitchX    {@code PITCH} between vertical tracks in microns (the single value when only one is given), 0 when absent
 * @param pitchY    {@code PITCH} between horizontal tracks
 */
public record LefLayer(String name, String type, String direction, double pitchX, double pitchY) {

    public boolean isRouting() {
        return "ROUTING".equals(type);
    }

    /** Tracks per micron across the layer's direction: 1 / pitch; 0 without a pitch or direction. */
    public double tracksPerMicron() {
        if ("HORIZONTAL".equals(direction)) {
            return pitchY > 0 ? 1 / pitchY : 0;
        }
        if ("VERTICAL".equals(direction)) {
            return pitchX > 0 ? 1 / pitchX : 0;
        }
        return 0;
    }
}
