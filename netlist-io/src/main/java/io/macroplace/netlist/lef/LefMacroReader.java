package io.macroplace.netlist.lef;

import io.macroplace.netlist.FormatException;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One {@code MACRO} block of a LEF: CLASS, SIZE, ORIGIN, FOREIGN, SYMMETRY, SITE, each PIN with
 * its DIRECTION, USE and PORT shapes (RECT, POLYGON, PATH, VIA points; the pin sits at the centre
 * of the bounding box of all of them, ORIGIN added), the layers of its OBS; other statements
 * skipped to their {@code ;}, DENSITY to its END.
 */
final class LefMacroReader {
    private final LefSyntax s;
    private final LefDefTokenizer t;

    LefMacroReader(LefSyntax s) {
        this.s = s;
        this.t = s.t;
    }

    /** Reads the macro whose MACRO keyword was just read; {@code known} are those read before. */
    LefMacro read(Map<String, LefMacro> known) throws IOException {
        String name = t.expectNext("a macro name");
        int start = t.line();
        LefMacro previous = known.get(name);
        if (previous != null) {
            throw t.error("MACRO " + name + " is defined again (first at " + previous.source() + ":" + previous.line()
                    + ")");
        }
        MacroClass klass = MacroClass.CORE;
        String classText = "";
        double w = Double.NaN;
        double h = Double.NaN;
        double ox = 0;
        double oy = 0;
        String foreign = null;
        String symmetry = "";
        String site = null;
        Map<String, PinShapes> pins = new LinkedHashMap<>();
        Set<String> obsLayers = new HashSet<>();
        while (true) {
            String k = s.nextKeyword("MACRO " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    s.expectEnd(name, "MACRO " + name);
                    if (Double.isNaN(w)) {
                        throw new FormatException(t.source(), start, "MACRO " + name + " has no SIZE");
                    }
                    return finish(name, klass, classText, w, h, ox, oy, foreign, symmetry, site, pins, obsLayers,
                            start);
                }
                case "CLASS" -> {
                    t.expectNext("a macro class");
                    klass = MacroClass.parse(t.token());
                    if (klass == null) {
                        throw t.error("MACRO " + name + " has CLASS " + t.token()
                                + ", which LEF does not define (BLOCK, CORE, PAD, ENDCAP, COVER, RING)");
                    }
                    classText = s.words("CLASS", true);
                }
                case "FOREIGN" -> {
                    foreign = t.expectNext("a FOREIGN name");
                    t.skipStatement("FOREIGN");
                }
                case "ORIGIN" -> {
                    ox = t.nextNumber("ORIGIN x");
                    oy = t.nextNumber("ORIGIN y");
                    t.expect(";");
                }
                case "SIZE" -> {
                    w = t.nextNumber("SIZE width");
                    t.expectNext("BY");
                    if (!s.keyword().equals("BY")) {
                        throw t.error("expected SIZE w BY h, found \"" + t.token() + "\" after the width");
                    }
                    h = t.nextNumber("SIZE height");
                    if (!(w >= 0 && h >= 0)) {
                        throw t.error("MACRO " + name + " has a negative SIZE");
                    }
                    t.expect(";");
                }
                case "SYMMETRY" -> symmetry = s.words("SYMMETRY", false);
                case "SITE" -> {
                    site = t.expectNext("a site name");
                    t.skipStatement("SITE");
                }
                case "PIN" -> {
                    String pin = t.expectNext("a pin name");
                    pins.put(pin, pin(name, pin));
                }
                case "OBS" -> obs(name, obsLayers);
                case "DENSITY" -> s.skipToBareEnd("DENSITY");
                default -> {
                    if (LefSyntax.TOP_LEVEL.contains(k)) {
                        throw t.error(k + " inside MACRO " + name + " (line " + start + "): END " + name
                                + " is missing");
                    }
                    t.skipStatement(k);
                }
            }
        }
    }

    /** The shapes' bounding box and attributes of one pin while its macro is being read. */
    private static final class PinShapes {
        String direction;
        String use;
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        final Set<String> layers = new HashSet<>();

        void add(double x, double y) {
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }

        boolean shaped() {
            return x0 <= x1;
        }
    }

    private PinShapes pin(String macro, String name) throws IOException {
        int start = t.line();
        PinShapes p = new PinShapes();
        while (true) {
            String k = s.nextKeyword("PIN " + name + " of MACRO " + macro, start, "END " + name);
            switch (k) {
                case "END" -> {
                    s.expectEnd(name, "PIN " + name + " of MACRO " + macro);
                    return p;
                }
                case "DIRECTION" -> {
                    t.expectNext("a direction");
                    p.direction = s.keyword();
                    t.skipStatement("DIRECTION");
                }
                case "USE" -> {
                    t.expectNext("a pin use");
                    p.use = s.keyword();
                    t.skipStatement("USE");
                }
                case "PORT" -> port(p);
                default -> {
                    if (LefSyntax.TOP_LEVEL.contains(k) || k.equals("PIN") || k.equals("OBS")) {
                        throw t.error(k + " inside PIN " + name + " of MACRO " + macro + " (line " + start
                                + "): END " + name + " is missing");
                    }
                    t.skipStatement(k);
                }
            }
        }
    }

    /** One PORT: shapes until its bare END. */
    private void port(PinShapes p) throws IOException {
        int start = t.line();
        String layer = null;
        while (true) {
            String k = s.nextKeyword("PORT", start, "END");
            switch (k) {
                case "END" -> {
                    return;
                }
                case "LAYER" -> {
                    layer = t.expectNext("a layer name");
                    p.layers.add(layer);
                    t.skipStatement("LAYER");
                }
                case "RECT", "POLYGON", "PATH", "VIA" -> points(k, p);
                default -> {
                    if (k.equals("PIN") || LefSyntax.TOP_LEVEL.contains(k)) {
                        throw t.error(k + " inside a PORT (line " + start + "): its END is missing");
                    }
                    t.skipStatement(k);
                }
            }
        }
    }

    /**
     * The points of one RECT/POLYGON/PATH/VIA statement into the pin's box: number pairs,
     * skipping {@code MASK n} and {@code ITERATE}; a {@code DO} step pattern ends the points.
     */
    private void points(String shape, PinShapes p) throws IOException {
        int line = t.line();
        double pending = Double.NaN;
        boolean done = false;
        while (true) {
            t.expectNext("the end of " + shape);
            if (t.is(";")) {
                break;
            }
            if (done) {
                continue;
            }
            String k = s.keyword();
            if (k.equals("MASK")) {
                t.expectNext("a mask number");
            } else if (k.equals("DO")) {
                done = true;
            } else if (looksNumeric(t.token())) {
                double v = t.number(shape + " coordinate");
                if (Double.isNaN(pending)) {
                    pending = v;
                } else {
                    p.add(pending, v);
                    pending = Double.NaN;
                }
            }
            // ITERATE, a via's name: not coordinates
        }
        if (!Double.isNaN(pending)) {
            throw new FormatException(t.source(), line, shape + " has an odd number of coordinates");
        }
    }

    private static boolean looksNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    private void obs(String macro, Set<String> layersOut) throws IOException {
        int start = t.line();
        while (true) {
            String k = s.nextKeyword("OBS of MACRO " + macro, start, "END");
            if (k.equals("END")) {
                return;
            }
            if (k.equals("LAYER")) {
                layersOut.add(t.expectNext("a layer name"));
            } else if (k.equals("PIN") || LefSyntax.TOP_LEVEL.contains(k)) {
                throw t.error(k + " inside OBS of MACRO " + macro + " (line " + start + "): its END is missing");
            }
            t.skipStatement(k);
        }
    }

    private LefMacro finish(String name, MacroClass klass, String classText, double w, double h, double ox, double oy,
                            String foreign, String symmetry, String site, Map<String, PinShapes> shapes,
                            Set<String> obsLayers, int line) {
        Map<String, LefPin> pins = new LinkedHashMap<>();
        Set<String> pinLayers = new HashSet<>();
        for (Map.Entry<String, PinShapes> e : shapes.entrySet()) {
            PinShapes s = e.getValue();
            double x = s.shaped() ? (s.x0 + s.x1) / 2 + ox : w / 2;
            double y = s.shaped() ? (s.y0 + s.y1) / 2 + oy : h / 2;
            pins.put(e.getKey(), new LefPin(e.getKey(), x, y, s.direction, s.use, s.shaped()));
            pinLayers.addAll(s.layers);
        }
        return new LefMacro(name, klass, classText, w, h, ox, oy, foreign, symmetry, site, pins, pinLayers,
                obsLayers, t.source(), line);
    }

}
