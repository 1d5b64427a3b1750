package io.macroplace.netlist.lef;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What one or more LEF files (technology, cells, macros) define, merged in the order read.
 *
 * @param files            the files, as named in errors
 * @param databaseMicrons  {@code UNITS DATABASE MICRONS} of the first file that gives it, 0 when none does
 * @param unitsSource      where that value was given ("tech.lef:6"), or null
 */
public record LefLibrary(List<String> files, int databaseMicrons, String unitsSource, Map<String, LefSite> sites,
                         Map<String, LefLayer> layers, Map<String, LefMacro> macros) {

    public LefLibrary {
        files = List.copyOf(files);
        sites = Collections.unmodifiableMap(new LinkedHashMap<>(sites));
        layers = Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        macros = Collections.unmodifiableMap(new LinkedHashMap<>(macros));
    }

    public LefMacro macro(String name) {
        return macros.get(name);
    }

    /**
     * Routing tracks per micron over all routing layers running horizontally (each contributes
     * 1 / pitch); empty when no routing layer has a direction and a pitch.
     */
    public OptionalDouble routesPerMicronH() {
        return tracks("HORIZONTAL", null);
    }

    public OptionalDouble routesPerMicronV() {
        return tracks("VERTICAL", null);
    }

    /**
     * Tracks per micron that hard macros take: those of the horizontal routing layers on which any
     * hard macro has pin or obstruction shapes (the layers it blocks); 0 when macros block none.
     * Empty when {@link #routesPerMicronH()} is.
     */
    public OptionalDouble macroRoutesH() {
        return tracks("HORIZONTAL", macroLayers());
    }

    public OptionalDouble macroRoutesV() {
        return tracks("VERTICAL", macroLayers());
    }

    /** Layers on which some hard macro (CLASS BLOCK or RING) has pins or obstructions. */
    public Set<String> macroLayers() {
        Set<String> s = new LinkedHashSet<>();
        for (LefMacro m : macros.values()) {
            if (m.klass().isHardMacro()) {
                s.addAll(m.pinLayers());
                s.addAll(m.obsLayers());
            }
        }
        return s;
    }

    private OptionalDouble tracks(String direction, Set<String> only) {
        double sum = 0;
        boolean any = false;
        for (LefLayer l : layers.values()) {
            if (l.isRouting() && direction.equals(l.direction()) && l.tracksPerMicron() > 0) {
                any = true;
                if (only == null || only.contains(l.name())) {
                    sum += l.tracksPerMicron();
                }
            }
        }
        return any ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }
}
