package io.macroplace.netlist.lef;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A LEF {@code MACRO}: a cell or block master.
 *
 * @param klass      what the {@code CLASS} says; CORE when the macro has no CLASS
 * @param classText  the CLASS statement's words as written ("CORE TIEHIGH"), or "" when absent
 * @param width      {@code SIZE} width in microns (unrotated)
 * @param height     {@code SIZE} height
 * @param originX    {@code ORIGIN} x (added to shape coordinates to get offsets from the lower left)
 * @param originY    {@code ORIGIN} y
 * @param foreign    the {@code FOREIGN} cell name, or null
 * @param symmetry   the {@code SYMMETRY} words ("X Y R90"), or ""
 * @param site       the {@code SITE} name, or null
 * @param pins       pins by name, in file order
 * @param pinLayers  layers its pin shapes are on
 * @param obsLayers  layers its {@code OBS} shapes are on (what it blocks besides its pins)
 * @param source     the LEF file that defines it
 * @param line       the line of its {@code MACRO} statement
 */
public record LefMacro(String name, MacroClass klass, String classText, double width, double height,
                       double originX, double originY, String foreign, String symmetry, String site,
                       Map<String, LefPin> pins, Set<String> pinLayers, Set<String> obsLayers,
                       String source, int line) {

    public LefMacro {
        pins = Collections.unmodifiableMap(new LinkedHashMap<>(pins));
        pinLayers = Set.copyOf(pinLayers);
        obsLayers = Set.copyOf(obsLayers);
    }

    /** The pin of that name, or null. */
    public LefPin pin(String name) {
        return pins.get(name);
    }
}
