package io.macroplace.netlist.lef;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final List<String> files = new ArrayList<>();
    private final Map<String, LefSite> sites = new LinkedHashMap<>();
    private final Map<String, LefLayer> layers = new LinkedHashMap<>();
    private final Map<String, LefMacro> macros = new LinkedHashMap<>();
    private int databaseMicrons;
    private String unitsSource;
    private LefDefTokenizer t;
    private LefSyntax s;

    private LefReader() {
    }

    /** Reads the files in order; later files may use sites and layers of earlier ones. */
    public static LefLibrary read(List<Path> paths) throws IOException {
        LefReader r = new LefReader();
        for (Path p : paths) {
            String source = p.toString();
            try (InputStream in = LefDefFiles.open(p, source)) {
                r.readFile(in, source);
                LefDefFiles.drain(in, source);
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
        s = new LefSyntax(t);
        LefMacroReader macroReader = new LefMacroReader(s);
        while (t.next()) {
            String k = s.keyword();
            int line = t.line();
            switch (k) {
                case "UNITS" -> units();
                case "LAYER" -> layer();
                case "SITE" -> site();
                case "MACRO" -> {
                    LefMacro m = macroReader.read(macros);
                    macros.put(m.name(), m);
                }
                case "BEGINEXT" -> t.skipTo("ENDEXT", "BEGINEXT", line);
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
                        s.skipNamedBlock(k);
                    } else if (KEYWORD_BLOCKS.contains(k)) {
                        t.skipBlock(k, line);
                    } else {
                        t.skipStatement(k);
                    }
                }
            }
        }
    }

    private void units() throws IOException {
        int start = t.line();
        while (true) {
            String k = s.nextKeyword("UNITS", start, "END UNITS");
            if (k.equals("END")) {
                s.expectEnd("UNITS", "UNITS");
                return;
            }
            if (k.equals("DATABASE")) {
                t.expectNext("MICRONS");
                if (!s.keyword().equals("MICRONS")) {
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
            String k = s.nextKeyword("LAYER " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    s.expectEnd(name, "LAYER " + name);
                    layers.putIfAbsent(name, new LefLayer(name, type, direction, pitchX, pitchY));
                    return;
                }
                case "TYPE" -> {
                    t.expectNext("a layer type");
                    type = s.keyword();
                    t.skipStatement("TYPE");
                }
                case "DIRECTION" -> {
                    t.expectNext("a direction");
                    direction = s.keyword();
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
            String k = s.nextKeyword("SITE " + name, start, "END " + name);
            switch (k) {
                case "END" -> {
                    s.expectEnd(name, "SITE " + name);
                    sites.putIfAbsent(name, new LefSite(name, klass, w, h));
                    return;
                }
                case "CLASS" -> {
                    t.expectNext("a site class");
                    klass = s.keyword();
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
}
