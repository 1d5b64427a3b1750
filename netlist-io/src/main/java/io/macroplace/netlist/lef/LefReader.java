package io.macroplace.netlist.lef;

import io.macroplace.netlist.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads LEF files (technology, cells, macros; plain or gzipped) into one {@link LefLibrary}.
 *
 * <p>Read: {@code UNITS DATABASE MICRONS}, {@code LAYER} (TYPE, DIRECTION, PITCH), {@code SITE}
 * (CLASS, SIZE) and {@code MACRO} (CLASS, SIZE, ORIGIN, FOREIGN, SYMMETRY, SITE, and each
 * {@code PIN}'s DIRECTION, USE and {@code PORT} shapes: RECT, POLYGON, PATH, VIA points; a pin
 * sits at the centre of the bounding box of all its shapes). {@code OBS} is read for the layers
 * it blocks and its geometry skipped. Blocks macroplace does not use (VIA, VIARULE,
 * NONDEFAULTRULE, PROPERTYDEFINITIONS, SPACING, ...) are skipped to their own {@code END}, other
 * statements to their {@code ;}. Keywords are matched in any case. A macro defined twice, a
 * block whose END is missing or names another block, a CLASS LEF does not have, and a MACRO
 * without SIZE are errors at their line.
 */
public final class LefReader {
    /** Top-level blocks skipped whole: {@code KEYWORD name ... END name}. */
    private static final Set<String> NAMED_BLOCKS = Set.of("VIA", "VIARULE", "NONDEFAULTRULE", "ARRAY");
    /** Top-level blocks skipped whole: {@code KEYWORD ... END KEYWORD}. */
    private static final Set<String> KEYWORD_BLOCKS = Set.of("PROPERTYDEFINITIONS", "SPACING", "IRDROP",
            "NOISETABLE", "CORRECTIONTABLE", "MAXVIASTACK_BLOCK");
    /** Keywords that only start a top-level statement: seeing one inside a block means its END is missing. */
    private static final Set<String> TOP_LEVEL = Set.of("MACRO", "LAYER", "SITE", "VIARULE", "NONDEFAULTRULE");

    private final List<String> files = new ArrayList<>();
    private final Map<String, LefSite> sites = new LinkedHashMap<>();
    private final Map<String, LefLayer> layers = new LinkedHashMap<>();
    private final Map<String, LefMacro> macros = new LinkedHashMap<>();
    private int databaseMicrons;
    private String unitsSource;
    private LefDefTokenizer t;

    private LefReader() {
    }

    /** Reads the files in order; later files may use sites and layers of earlier ones. */
    public static LefLibrary read(List<Path> paths) throws IOException {
        LefReader r = new LefReader();
        for (Path p : paths) {
            String source = p.toString();
            try (InputStream in = LefDefFiles.open(p, source)) {
                r.readFile(in, source);
            }
        }
        return r.library();
    }

    /** Reads LEF text from a stream (not closed); {@code source} names it in errors. */
    public static LefLibrary read(InputStream in, String source) throws IOException {
        LefReader r = new LefReader();
        r.readFile(in, source);
        return r.library();
    }

    private LefLibrary library() {
        return new LefLibrary(files, databaseMicrons, unitsSource, sites, layers, macros);
    }

    private void readFile(InputStream in, String source) throws IOException {
        files.add(source);
        t = new LefDefTokenizer(in, source);
        while (t.next()) {
            String k = keyword();
            int line = t.line();
            switch (k) {
                case "UNITS" -> units();
                case "LAYER" -> layer();
                case "SITE" -> site();
                case "MACRO" -> macro();
                case "BEGINEXT" -> skipTo("ENDEXT", "BEGINEXT", line);
                case ";" -> { }
                case "END" -> {
                    String name = t.expectNext("a name after END");
                    if (name.equalsIgnoreCase("LIBRARY")) {
                        return;
                    }
                    throw t.error("END " + name + " closes nothing: no " + name + " block is open here");
                }
                default -> {
                    if (NAMED_BLOCKS.contains(k)) {
                        skipNamedBlock(k);
                    } else if (KEYWORD_BLOCKS.contains(k)) {
                        skipKeywordBlock(k, line);
                    } else {
                        t.skipStatement(k);
                    }
                }
            }
        }
    }

    /** The current token upper-cased (keywords are case-insensitive; names are not). */
    private String keyword() {
        String s = t.token();
        if (t.quoted()) {
            return "\"" + s + "\"";
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return s.toUpperCase(Locale.ROOT);
            }
        }
        return s;
    }

    private void units() throws IOException {
        int start = t.line();
        while (true) {
            String k = nextKeyword("UNITS", start, "END UNITS");
            if (k.equals("END")) {
                expectEnd("UNITS", "UNITS");
                return;
            }
            if (k.equals("DATABASE")) {
                t.expectNext("MICRONS");
                if (!keyword().equals("MICRONS")) {
                    throw t.error("expected DATABASE MICRONS, found DATABASE " + t.token());
                }
                int line = t.line();
                long v = t.nextInteger("DATABASE MICRONS");
                if (v <= 0 || v > Integer.MAX_VALUE) {
                    throw t.error("DATABASE MICRONS must be a positive whole number, found " + v);
                }
                if (databaseMicrons == 0) {
                    databaseMicrons = (int) v;
                    unitsSource = t.source() + ":" + line;
                }
                t.expect(";");
            } else {
                t.skipStatement(k);
            }
        }
    }

    private void layer() throws IOException {
        String name = t.expectNext("a layer name");
        int start = t.line();
        String type = null;
        String direction = null;
        double pitchX = 0;
        double pitchY = 0;
        while (true) {
            String k = nextKeyword("LAYER " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    expectEnd(name, "LAYER " + name);
                    layers.putIfAbsent(name, new LefLayer(name, type, direction, pitchX, pitchY));
                    return;
                }
                case "TYPE" -> {
                    t.expectNext("a layer type");
                    type = keyword();
                    t.skipStatement("TYPE");
                }
                case "DIRECTION" -> {
                    t.expectNext("a direction");
                    direction = keyword();
                    t.skipStatement("DIRECTION");
                }
                case "PITCH" -> {
                    pitchX = t.nextNumber("PITCH");
                    pitchY = pitchX;
                    t.expectNext("\";\"");
                    if (!t.is(";")) {
                        pitchY = t.number("PITCH");
                        t.expect(";");
                    }
                }
                default -> t.skipStatement(k);
            }
        }
    }

    private void site() throws IOException {
        String name = t.expectNext("a site name");
        int start = t.line();
        String klass = null;
        double w = 0;
        double h = 0;
        while (true) {
            String k = nextKeyword("SITE " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    expectEnd(name, "SITE " + name);
                    sites.putIfAbsent(name, new LefSite(name, klass, w, h));
                    return;
                }
                case "CLASS" -> {
                    t.expectNext("a site class");
                    klass = keyword();
                    t.skipStatement("CLASS");
                }
                case "SIZE" -> {
                    w = t.nextNumber("SIZE width");
                    t.expectNext("BY");
                    h = t.nextNumber("SIZE height");
                    t.expect(";");
                }
                default -> t.skipStatement(k);
            }
        }
    }

    private void macro() throws IOException {
        String name = t.expectNext("a macro name");
        int start = t.line();
        LefMacro previous = macros.get(name);
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
            String k = nextKeyword("MACRO " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    expectEnd(name, "MACRO " + name);
                    if (Double.isNaN(w)) {
                        throw new FormatException(t.source(), start, "MACRO " + name + " has no SIZE");
                    }
                    macros.put(name, finish(name, klass, classText, w, h, ox, oy, foreign, symmetry, site, pins,
                            obsLayers, start));
                    return;
                }
                case "CLASS" -> {
                    t.expectNext("a macro class");
                    klass = MacroClass.parse(t.token());
                    if (klass == null) {
                        throw t.error("MACRO " + name + " has CLASS " + t.token()
                                + ", which LEF does not define (BLOCK, CORE, PAD, ENDCAP, COVER, RING)");
                    }
                    classText = words("CLASS", true);
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
                    if (!keyword().equals("BY")) {
                        throw t.error("expected SIZE w BY h, found \"" + t.token() + "\" after the width");
                    }
                    h = t.nextNumber("SIZE height");
                    if (!(w >= 0 && h >= 0)) {
                        throw t.error("MACRO " + name + " has a negative SIZE");
                    }
                    t.expect(";");
                }
                case "SYMMETRY" -> symmetry = words("SYMMETRY", false);
                case "SITE" -> {
                    site = t.expectNext("a site name");
                    t.skipStatement("SITE");
                }
                case "PIN" -> {
                    String pin = t.expectNext("a pin name");
                    pins.put(pin, pin(name, pin));
                }
                case "OBS" -> obs(name, obsLayers);
                case "DENSITY" -> skipToBareEnd("DENSITY");
                default -> {
                    if (TOP_LEVEL.contains(k)) {
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
            String k = nextKeyword("PIN " + name + " of MACRO " + macro, start, "END " + name);
            switch (k) {
                case "END" -> {
                    expectEnd(name, "PIN " + name + " of MACRO " + macro);
                    return p;
                }
                case "DIRECTION" -> {
                    t.expectNext("a direction");
                    p.direction = keyword();
                    t.skipStatement("DIRECTION");
                }
                case "USE" -> {
                    t.expectNext("a pin use");
                    p.use = keyword();
                    t.skipStatement("USE");
                }
                case "PORT" -> port(p);
                default -> {
                    if (TOP_LEVEL.contains(k) || k.equals("PIN") || k.equals("OBS")) {
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
            String k = nextKeyword("PORT", start, "END");
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
                    if (k.equals("PIN") || TOP_LEVEL.contains(k)) {
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
            String k = keyword();
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
            String k = nextKeyword("OBS of MACRO " + macro, start, "END");
            if (k.equals("END")) {
                return;
            }
            if (k.equals("LAYER")) {
                layersOut.add(t.expectNext("a layer name"));
            } else if (k.equals("PIN") || TOP_LEVEL.contains(k)) {
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

    /**
     * The words of the statement {@code what} up to its {@code ;}, joined by spaces; the current
     * token is the first of them when {@code fromCurrent}, else the statement's keyword.
     */
    private String words(String what, boolean fromCurrent) throws IOException {
        StringBuilder b = new StringBuilder();
        if (fromCurrent) {
            b.append(t.token());
        }
        while (true) {
            t.expectNext("\";\" ending " + what);
            if (t.is(";")) {
                return b.toString();
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(t.token());
        }
    }

    /** The keyword starting the next statement of a block; the end of the file there is a missing END. */
    private String nextKeyword(String block, int startLine, String end) throws IOException {
        if (!t.next()) {
            throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + block
                    + " (line " + startLine + "): " + end + " is missing");
        }
        return keyword();
    }

    /** After END: the name that must follow (a keyword such as UNITS in any case). */
    private void expectEnd(String name, String block) throws IOException {
        String got = t.expectNext("END " + name);
        boolean keywordBlock = block.equals(name);
        if (!(keywordBlock ? got.equalsIgnoreCase(name) : got.equals(name))) {
            throw t.error("END " + got + " inside " + block + ": expected END " + name);
        }
    }

    private void skipNamedBlock(String keyword) throws IOException {
        String name = t.expectNext("a name after " + keyword);
        int start = t.line();
        while (t.next()) {
            if (keyword().equals("END")) {
                if (!t.next()) {
                    break;
                }
                if (t.token().equals(name)) {
                    return;
                }
            }
        }
        throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + keyword + " " + name
                + " (line " + start + "): END " + name + " is missing");
    }

    private void skipKeywordBlock(String keyword, int start) throws IOException {
        while (t.next()) {
            if (keyword().equals("END")) {
                if (!t.next()) {
                    break;
                }
                if (keyword().equals(keyword)) {
                    return;
                }
            }
        }
        throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + keyword + " (line "
                + start + "): END " + keyword + " is missing");
    }

    private void skipTo(String endKeyword, String block, int start) throws IOException {
        while (t.next()) {
            if (keyword().equals(endKeyword)) {
                return;
            }
        }
        throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + block + " (line "
                + start + "): " + endKeyword + " is missing");
    }

    /** Skips statements to a bare {@code END} (DENSITY blocks). */
    private void skipToBareEnd(String block) throws IOException {
        int start = t.line();
        while (true) {
            String k = nextKeyword(block, start, "END");
            if (k.equals("END")) {
                return;
            }
            t.skipStatement(k);
        }
    }
}
