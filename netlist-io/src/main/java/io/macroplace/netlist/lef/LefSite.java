package io.macroplace.netlist.lef;

/** A LEF {@code SITE}: the placement grid unit of rows. Sizes in microns. */
public record LefSite(String name, String klass, double width, double height) {
}
