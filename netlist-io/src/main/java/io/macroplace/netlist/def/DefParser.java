package io.macroplace.netlist.def;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.lef.LefDefTokenizer;
import io.macroplace.netlist.lef.LefLibrary;
import io.macroplace.netlist.lef.LefMacro;
import io.macroplace.netlist.lef.LefPin;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The syntax of a DEF file, in one streaming pass, into {@link DefData}: the header statements,
 * ROW, DIEAREA, COMPONENTS, PINS, NETS and BLOCKAGES read; every other section skipped to its
 * {@code END}, other statements to their {@code ;}. Names are checked against the LEF as they
 * come (an unknown cell, an unknown pin of a cell, an unknown component or I/O pin of a net).
 */
final class DefParser {
    /** Sections skipped whole ({@code KEYWORD n ; ... END KEYWORD}). */
    private static final Set<String> SKIPPED_SECTIONS = Set.of("VIAS", "STYLES", "NONDEFAULTRULES", "REGIONS",
            "PINPROPERTIES", "SLOTS", "FILLS", "SCANCHAINS", "GROUPS", "SPECIALNETS");
    /** Keywords that start a top-level statement or section: one inside a section means its END is missing. */
    private static final Set<String> TOP_LEVEL = Set.of("COMPONENTS", "PINS", "NETS", "SPECIALNETS", "BLOCKAGES",
            "VIAS", "STYLES", "NONDEFAULTRULES", "REGIONS", "PINPROPERTIES", "SLOTS", "FILLS", "SCANCHAINS", "GROUPS",
            "PROPERTYDEFINITIONS", "DIEAREA", "ROW", "TRACKS", "GCELLGRID", "DESIGN");

    private final LefDefTokenizer t;
    private final DefData d;
    private final LefLibrary lef;
    private final Map<String, Integer> componentIndex = new HashMap<>();
    private final Map<String, Integer> pinIndex = new HashMap<>();
    private final DefNetCollector nets;

    // the point read by point()
    private double px;
    private double py;

    private DefParser(InputStream in, String source, LefLibrary lef) {
        this.t = new LefDefTokenizer(in, source);
        this.lef = lef;
        this.d = new DefData(source);
        this.nets = new DefNetCollector(d);
    }

    static DefData parse(InputStream in, String source, LefLibrary lef) throws IOException {
        DefParser p = new DefParser(in, source, lef);
        p.run();
        return p.d;
    }

    private void run() throws IOException {
        while (t.next()) {
            String k = keyword();
            int line = t.line();
            switch (k) {
                case "VERSION" -> {
                    d.version = t.expectNext("a version");
                    t.skipStatement("VERSION");
                }
                case "DIVIDERCHAR" -> {
                    d.dividerChar = t.expectNext("the divider character");
                    t.skipStatement("DIVIDERCHAR");
                }
                case "BUSBITCHARS" -> {
                    d.busBitChars = t.expectNext("the bus bit characters");
                    t.skipStatement("BUSBITCHARS");
                }
                case "DESIGN" -> {
                    d.designName = t.expectNext("the design name");
                    t.skipStatement("DESIGN");
                }
                case "UNITS" -> units();
                case "DIEAREA" -> dieArea();
                case "ROW" -> row();
                case "COMPONENTS" -> components(line);
                case "PINS" -> pins();
                case "NETS" -> nets();
                case "BLOCKAGES" -> blockages();
                case "BEGINEXT" -> skipTo("ENDEXT", "BEGINEXT", line);
                case "HISTORY" -> t.skipStatement("HISTORY"); // free text up to its ";"
                case ";" -> { }
                case "END" -> {
                    String what = t.expectNext("DESIGN after END");
                    if (!what.equalsIgnoreCase("DESIGN")) {
                        throw t.error("END " + what + " closes nothing: no " + what + " section is open here");
                    }
                    d.endLine = t.line();
                    return;
                }
                default -> {
                    if (k.equals("PROPERTYDEFINITIONS")) {
                        skipSectionBody(k, line);
                    } else if (SKIPPED_SECTIONS.contains(k)) {
                        int count = section(k);
                        if (k.equals("SPECIALNETS")) {
                            d.specialNets = count;
                        }
                    } else {
                        unknownStatement(k);
                    }
                }
            }
        }
        throw new FormatException(t.source(), t.lastContentLine(), "the file ends without END DESIGN");
    }

    /** An unknown statement: {@code K n ;} opens a section skipped to {@code END K}; anything else ends at its {@code ;}. */
    private void unknownStatement(String k) throws IOException {
        int line = t.line();
        t.expectNext("\";\" ending " + k);
        if (t.is(";")) {
            return;
        }
        boolean count = !t.quoted() && t.token().chars().allMatch(Character::isDigit);
        t.expectNext("\";\" ending " + k);
        if (count && t.is(";")) {
            skipSectionBody(k, line);
        } else if (!t.is(";")) {
            t.skipStatement(k);
        }
    }

    private String keyword() {
        String s = t.token();
        if (t.quoted()) {
            return "\"" + s + "\"";
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                return s.toUpperCase(Locale.ROOT);
            }
        }
        return s;
    }

    private void units() throws IOException {
        d.unitsLine = t.line();
        t.expectNext("DISTANCE");
        if (!keyword().equals("DISTANCE")) {
            throw t.error("expected UNITS DISTANCE MICRONS n, found UNITS " + t.token());
        }
        t.expectNext("MICRONS");
        if (!keyword().equals("MICRONS")) {
            throw t.error("expected UNITS DISTANCE MICRONS n, found UNITS DISTANCE " + t.token());
        }
        long v = t.nextInteger("UNITS DISTANCE MICRONS");
        if (v <= 0 || v > Integer.MAX_VALUE) {
            throw t.error("UNITS DISTANCE MICRONS must be a positive whole number, found " + v);
        }
        d.dbu = (int) v;
        t.expect(";");
    }

    private void dieArea() throws IOException {
        d.dieLine = t.line();
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        int points = 0;
        while (true) {
            t.expectNext("\";\" ending DIEAREA");
            if (t.is(";")) {
                break;
            }
            t.pushBack();
            point("DIEAREA");
            points++;
            x0 = Math.min(x0, px);
            y0 = Math.min(y0, py);
            x1 = Math.max(x1, px);
            y1 = Math.max(y1, py);
        }
        if (points < 2) {
            throw new FormatException(t.source(), d.dieLine, "DIEAREA needs two corners or a polygon, found "
                    + points + " point" + (points == 1 ? "" : "s"));
        }
        if (!(x1 > x0 && y1 > y0)) {
            throw new FormatException(t.source(), d.dieLine, "DIEAREA has no area");
        }
        d.die = new double[] {x0, y0, x1, y1};
        d.diePoints = points;
    }

    private void row() throws IOException {
        int line = t.line();
        String name = t.expectNext("a row name");
        String site = t.expectNext("a site name");
        double x = t.nextNumber("the row's x");
        double y = t.nextNumber("the row's y");
        Orientation o = orientation(t.expectNext("the row's orientation"));
        int nx = 1;
        int ny = 1;
        double sx = 0;
        double sy = 0;
        t.expectNext("\";\" ending ROW");
        if (keyword().equals("DO")) {
            nx = (int) t.nextInteger("DO count");
            t.expectNext("BY");
            ny = (int) t.nextInteger("BY count");
            t.expectNext("\";\" ending ROW");
            if (keyword().equals("STEP")) {
                sx = t.nextNumber("STEP x");
                sy = t.nextNumber("STEP y");
                t.expectNext("\";\" ending ROW");
            }
        }
        if (!t.is(";")) {
            t.skipStatement("ROW");
        }
        if (nx < 1 || ny < 1) {
            throw new FormatException(t.source(), line, "ROW " + name + " has no sites (DO " + nx + " BY " + ny + ")");
        }
        d.rows.add(new DefRow(name, site, x, y, o, nx, ny, sx, sy));
    }

    // ---- sections ----

    /**
     * Reads {@code n ;} after a section keyword, then calls back for every {@code -} item until
     * {@code END keyword}; checks the item count against n.
     */
    private int section(String keyword, ItemReader items) throws IOException {
        int start = t.line();
        long declared = t.nextInteger("the number of " + keyword);
        t.expect(";");
        int found = 0;
        while (true) {
            if (!t.next()) {
                throw new FormatException(t.source(), t.lastContentLine(), "the file ends inside " + keyword
                        + " (line " + start + "): END " + keyword + " is missing");
            }
            if (t.is("-")) {
                found++;
                items.read();
                continue;
            }
            String k = keyword();
            if (k.equals("END")) {
                String what = t.expectNext("END " + keyword);
                if (!what.equalsIgnoreCase(keyword)) {
                    throw t.error("END " + what + " inside " + keyword + " (line " + start + "): expected END "
                            + keyword);
                }
                if (found != declared) {
                    throw t.error(keyword + " at line " + start + " declares " + declared + " item"
                            + (declared == 1 ? "" : "s") + ", but " + found + (found == 1 ? " is" : " are")
                            + " listed");
                }
                return found;
            }
            if (TOP_LEVEL.contains(k)) {
                throw t.error(k + " inside " + keyword + " (line " + start + "): END " + keyword + " is missing");
            }
            throw t.error("expected \"-\" starting an item of " + keyword + ", or END " + keyword + ", found \""
                    + t.token() + "\"");
        }
    }

    /** A section skipped whole. */
    private int section(String keyword) throws IOException {
        return section(keyword, () -> t.skipStatement(keyword + " item"));
    }

    private void skipSectionBody(String keyword, int start) throws IOException {
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

    @FunctionalInterface
    private interface ItemReader {
        void read() throws IOException;
    }

    // ---- COMPONENTS ----

    private void components(int line) throws IOException {
        d.componentsDeclaredLine = line;
        d.componentCount = section("COMPONENTS", this::component);
    }

    private void component() throws IOException {
        int line = t.line();
        String name = t.expectNext("a component name");
        String cell = t.expectNext("the cell of a component");
        LefMacro macro = lef.macro(cell);
        if (macro == null) {
            throw t.error("component " + name + " is an instance of " + cell + ", which no LEF file defines ("
                    + String.join(", ", lef.files()) + ")");
        }
        DefComponents c = d.components;
        int i = c.add(name, macro, line);
        Integer previous = componentIndex.putIfAbsent(name, i);
        if (previous != null) {
            throw t.error("component " + name + " is listed twice (first at line " + c.line(previous) + ")");
        }
        while (true) {
            t.expectNext("\";\" ending a component");
            if (t.is(";")) {
                c.end(i, t.start());
                return;
            }
            if (!t.is("+")) {
                unclosed("component", name, line);
                continue; // the arguments of an option this reader does not use
            }
            long plus = t.start();
            String opt = nextKeyword("an option after \"+\"");
            switch (opt) {
                case "PLACED", "FIXED", "COVER" -> {
                    point("a component's location");
                    Orientation o = orientation(t.expectNext("a component's orientation"));
                    c.place(i, DefStatus.valueOf(opt), px, py, o, plus, t.end());
                }
                case "UNPLACED" -> c.place(i, DefStatus.UNPLACED, Double.NaN, Double.NaN, Orientation.N, plus, t.end());
                case "HALO" -> {
                    c.countHalo();
                    t.expectNext("the halo");
                    if (!keyword().equals("SOFT")) {
                        t.pushBack();
                    }
                    for (int k = 0; k < 4; k++) {
                        t.nextNumber("a HALO");
                    }
                }
                case "WEIGHT" -> t.nextNumber("a component's WEIGHT");
                default -> {
                    // SOURCE, EEQMASTER, REGION, GENERATE, ROUTEHALO, MASKSHIFT, PROPERTY: arguments skipped above
                }
            }
        }
    }

    // ---- PINS ----

    private void pins() throws IOException {
        d.pinCount = section("PINS", this::pin);
    }

    private void pin() throws IOException {
        int line = t.line();
        String name = t.expectNext("a pin name");
        String net = null;
        String direction = null;
        String use = null;
        boolean special = false;
        // the first placed port: its point, orientation and shape box (relative to the point)
        boolean chosen = false;
        DefStatus status = DefStatus.NONE;
        double x = Double.NaN;
        double y = Double.NaN;
        Orientation o = Orientation.N;
        double[] box = emptyBox();
        // the port being read
        boolean portPlaced = false;
        DefStatus portStatus = DefStatus.NONE;
        double portX = 0;
        double portY = 0;
        Orientation portO = Orientation.N;
        double[] portBox = emptyBox();
        while (true) {
            t.expectNext("\";\" ending a pin");
            if (t.is(";")) {
                break;
            }
            if (!t.is("+")) {
                unclosed("pin", name, line);
                continue;
            }
            String opt = nextKeyword("an option after \"+\"");
            switch (opt) {
                case "NET" -> net = t.expectNext("a pin's net");
                case "SPECIAL" -> special = true;
                case "DIRECTION" -> direction = nextKeyword("a pin's direction");
                case "USE" -> use = nextKeyword("a pin's use");
                case "PORT" -> {
                    if (portPlaced && !chosen) {
                        chosen = true;
                        status = portStatus;
                        x = portX;
                        y = portY;
                        o = portO;
                        box = portBox;
                    }
                    portPlaced = false;
                    portBox = emptyBox();
                }
                case "LAYER", "POLYGON" -> {
                    t.expectNext("a layer name");
                    shapePoints(portBox, opt.equals("LAYER") ? 2 : Integer.MAX_VALUE);
                }
                case "VIA" -> {
                    t.expectNext("a via name");
                    shapePoints(portBox, 1);
                }
                case "PLACED", "FIXED", "COVER" -> {
                    point("a pin's location");
                    portO = orientation(t.expectNext("a pin's orientation"));
                    portX = px;
                    portY = py;
                    portStatus = DefStatus.valueOf(opt);
                    portPlaced = true;
                }
                default -> {
                    // ANTENNA..., NETEXPR, SUPPLYSENSITIVITY, GROUNDSENSITIVITY, PROPERTY: arguments skipped
                }
            }
        }
        if (portPlaced && !chosen) {
            chosen = true;
            status = portStatus;
            x = portX;
            y = portY;
            o = portO;
            box = portBox;
        }
        if (chosen && box[0] <= box[2]) {
            double cx = (box[0] + box[2]) / 2;
            double cy = (box[1] + box[3]) / 2;
            x += o.rotateX(cx, cy);
            y += o.rotateY(cx, cy);
        }
        Integer previous = pinIndex.putIfAbsent(name, d.pins.size());
        if (previous != null) {
            throw new FormatException(t.source(), line, "pin " + name + " is listed twice (first at line "
                    + d.pins.get(previous).line() + ")");
        }
        d.pins.add(new DefPin(name, net, direction, use, special, status, x, y, line));
    }

    private static double[] emptyBox() {
        return new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
    }

    /**
     * The points of a pin shape ({@code [MASK n] [SPACING d | DESIGNRULEWIDTH w] pt pt...}) into a
     * box, at most {@code max} of them; stops before the next {@code +} or {@code ;}.
     */
    private void shapePoints(double[] box, int max) throws IOException {
        int n = 0;
        while (true) {
            t.expectNext("\";\"");
            if (t.is("+") || t.is(";")) {
                t.pushBack();
                return;
            }
            if (t.is("(")) {
                t.pushBack();
                point("a pin shape");
                box[0] = Math.min(box[0], px);
                box[1] = Math.min(box[1], py);
                box[2] = Math.max(box[2], px);
                box[3] = Math.max(box[3], py);
                if (++n == max) {
                    return;
                }
            } else {
                String k = keyword();
                if (k.equals("MASK") || k.equals("SPACING") || k.equals("DESIGNRULEWIDTH")) {
                    t.expectNext("a value after " + k);
                }
            }
        }
    }

    // ---- NETS ----

    private void nets() throws IOException {
        nets.prepare(d.components.size(), d.pins.size());
        d.netCount = section("NETS", this::net);
    }

    private void net() throws IOException {
        int line = t.line();
        String name = t.expectNext("a net name");
        nets.begin(line);
        // connections (after "- MUSTJOIN" the first one is the net's name) come first, up to the first option or the end
        while (true) {
            t.expectNext("\";\" ending a net");
            if (!t.is("(")) {
                break;
            }
            String comp = t.expectNext("a component name");
            String pin = t.expectNext("a pin name");
            if (pin.equals(")")) {
                throw t.error("net " + name + ": \"( " + comp + " )\" names no pin");
            }
            connect(name, comp, pin);
            while (!t.is(")")) {
                t.expectNext("\")\" ending a connection"); // + SYNTHESIZED
            }
        }
        String use = null;
        double weight = 1;
        while (!t.is(";")) {
            if (t.is("+")) {
                String opt = nextKeyword("an option after \"+\"");
                if (opt.equals("USE")) {
                    use = nextKeyword("a net's use");
                } else if (opt.equals("WEIGHT")) {
                    weight = t.nextNumber("a net's WEIGHT");
                    if (weight < 0) {
                        throw t.error("net " + name + " has a negative WEIGHT");
                    }
                }
            }
            t.expectNext("\";\" ending a net");
            unclosed("net", name, line);
        }
        nets.end("POWER".equals(use) || "GROUND".equals(use), weight);
    }

    private void connect(String net, String comp, String pin) throws IOException {
        if (comp.equals("PIN")) {
            Integer p = pinIndex.get(pin);
            if (p == null) {
                throw t.error("net " + net + " connects PIN " + pin + ", which PINS does not list"
                        + (d.pinCount < 0 ? " (no PINS section before NETS)" : ""));
            }
            nets.addIoPin(p, d.pins.get(p).drives());
            return;
        }
        if (comp.equals("*")) {
            DefComponents c = d.components;
            for (int i = 0; i < c.size(); i++) {
                LefPin lp = c.macro(i).pin(pin);
                if (lp != null) {
                    nets.addComponentPin(i, lp);
                }
            }
            return;
        }
        Integer i = componentIndex.get(comp);
        if (i == null) {
            throw t.error("net " + net + " connects component " + comp + ", which COMPONENTS does not list");
        }
        LefMacro m = d.components.macro(i);
        LefPin lp = m.pin(pin);
        if (lp == null) {
            throw t.error("net " + net + " connects pin " + pin + " of component " + comp + ", but cell " + m.name()
                    + " has no pin " + pin + " (" + m.source() + ":" + m.line() + ")");
        }
        nets.addComponentPin(i, lp);
    }

    // ---- BLOCKAGES ----

    private void blockages() throws IOException {
        section("BLOCKAGES", this::blockage);
    }

    private void blockage() throws IOException {
        int line = t.line();
        String kind = nextKeyword("LAYER or PLACEMENT");
        if (!kind.equals("PLACEMENT")) {
            t.skipStatement("a " + kind + " blockage");
            return;
        }
        double blocked = 1.0;
        while (true) {
            t.expectNext("\";\" ending a placement blockage");
            if (t.is(";")) {
                return;
            }
            String k = keyword();
            if (k.equals("+")) {
                String opt = nextKeyword("an option after \"+\"");
                if (opt.equals("PARTIAL")) {
                    double maxDensity = t.nextNumber("the PARTIAL density");
                    if (!(maxDensity >= 0 && maxDensity <= 100)) {
                        throw t.error("PARTIAL density must be in 0..100, found " + maxDensity);
                    }
                    blocked = 1 - maxDensity / 100;
                } else if (opt.equals("COMPONENT")) {
                    t.expectNext("a component name");
                }
            } else if (k.equals("RECT")) {
                point("a blockage corner");
                double x0 = px;
                double y0 = py;
                point("a blockage corner");
                d.blockages.add(new DefData.RawBlockage(Math.min(x0, px), Math.min(y0, py), Math.max(x0, px),
                        Math.max(y0, py), blocked, line));
            } else if (k.equals("POLYGON")) {
                double[] box = emptyBox();
                int n = 0;
                while (true) {
                    t.expectNext("\";\"");
                    if (!t.is("(")) {
                        t.pushBack();
                        break;
                    }
                    t.pushBack();
                    point("a blockage polygon");
                    n++;
                    box[0] = Math.min(box[0], px);
                    box[1] = Math.min(box[1], py);
                    box[2] = Math.max(box[2], px);
                    box[3] = Math.max(box[3], py);
                }
                if (n < 3) {
                    throw t.error("a blockage POLYGON needs at least 3 points, found " + n);
                }
                d.blockages.add(new DefData.RawBlockage(box[0], box[1], box[2], box[3], blocked, line));
            } else {
                throw t.error("expected RECT, POLYGON or \"+\" in a placement blockage, found \"" + t.token() + "\"");
            }
        }
    }

    // ---- small pieces ----

    /** An END where a statement's arguments go: the statement's {@code ;} is missing. */
    private void unclosed(String kind, String name, int line) throws FormatException {
        if (t.is("END")) {
            throw t.error(kind + " " + name + " (line " + line + ") has no \";\" before this END");
        }
    }

    /** Reads {@code ( x y )} into px, py; {@code *} repeats the previous point's coordinate. */
    private void point(String what) throws IOException {
        t.expectNext("\"(\" starting " + what);
        if (!t.is("(")) {
            throw t.error("expected \"( x y )\" for " + what + ", found \"" + t.token() + "\"");
        }
        t.expectNext(what);
        if (!t.is("*")) {
            px = t.number(what);
        }
        t.expectNext(what);
        if (!t.is("*")) {
            py = t.number(what);
        }
        t.expectNext("\")\" ending " + what);
        if (!t.is(")")) {
            throw t.error("expected \")\" ending " + what + ", found \"" + t.token() + "\"");
        }
    }

    private Orientation orientation(String text) throws FormatException {
        try {
            return Orientation.parse(text);
        } catch (IllegalArgumentException e) {
            throw t.error("unknown orientation \"" + text + "\" (N, S, E, W, FN, FS, FE, FW)");
        }
    }

    /** Reads the next token, which must exist, as a keyword. */
    private String nextKeyword(String what) throws IOException {
        t.expectNext(what);
        return keyword();
    }
}
