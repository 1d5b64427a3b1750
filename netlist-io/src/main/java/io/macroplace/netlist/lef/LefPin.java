package io.macroplace.netlist.lef;

/**
 * A pin of a LEF macro.
 *
 * @param x         offset from the lower-left corner of the unrotated macro: the centre of the
 *                  bounding box of the pin's shapes, {@code ORIGIN} applied; the macro's centre when
 *                  the pin has no shape
 * @param y         as x
 * @param direction INPUT, OUTPUT, INOUT, FEEDTHRU, or null when not given
 * @param use       SIGNAL, CLOCK, POWER, GROUND... or null when not given
 * @param shaped    false when no PORT gave the pin a shape (x, y are then the macro's centre)
 */
public record LefPin(String name, double x, double y, String direction, String use, boolean shaped) {

    /** True for a power or ground pin, which no signal net reaches. */
    public boolean isSupply() {
        return "POWER".equals(use) || "GROUND".equals(use);
    }

    /** True when the pin drives its net ({@code DIRECTION OUTPUT}, tristate outputs included). */
    public boolean isOutput() {
        return direction != null && direction.startsWith("OUTPUT");
    }
}
