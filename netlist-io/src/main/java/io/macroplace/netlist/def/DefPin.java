package io.macroplace.netlist.def;

/**
 * A DEF {@code PINS} entry: an I/O pin of the design.
 *
 * @param net       the net it belongs to ({@code + NET}), or null
 * @param direction INPUT, OUTPUT, INOUT, FEEDTHRU, or null
 * @param use       SIGNAL, POWER, GROUND, CLOCK..., or null
 * @param special   {@code + SPECIAL}: a pin of a special (power) net
 * @param status    the placement status of the port used
 * @param x         the pin's point in database units: its placement point plus the centre of its
 *                  shapes, turned by its orientation; NaN when no port of it is placed
 * @param y         as x
 */
public record DefPin(String name, String net, String direction, String use, boolean special, DefStatus status,
                     double x, double y, int line) {

    /** True for a power or ground pin: not a port of the signal netlist. */
    public boolean isSupply() {
        return special || "POWER".equals(use) || "GROUND".equals(use);
    }

    /** True when the pin drives its net from outside (an input of the design). */
    public boolean drives() {
        return "INPUT".equals(direction);
    }
}
