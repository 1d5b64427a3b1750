package io.macroplace.netlist.def;

import io.macroplace.netlist.Orientation;

/**
 * A DEF {@code ROW}: {@code numX x numY} sites from the origin, {@code stepX, stepY} apart (DEF
 * database units).
 */
public record DefRow(String name, String site, double x, double y, Orientation orientation, int numX, int numY,
                     double stepX, double stepY) {
}
