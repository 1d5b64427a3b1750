package io.macroplace.netlist.def;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.lef.LefDefTokenizer;
import io.macroplace.netlist.lef.LefLibrary;
import io.macroplace.netlist.lef.LefMacro;
import io.macroplace.netlist.lef.LefPin;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The syntax of a DEF file, in one streaming pass, into {@link DefData}: the header statements,
 * ROW, DIEAREA, COMPONENTS and NETS here, PINS ({@link DefPinReader}) and BLOCKAGES ({@link
 * DefBlockageReader}); every other section skipped to its {@code END}, other statements to their
 * {@code ;}. Names are checked against the LEF as they come (an unknown cell, an unknown pin of a
 * cell, an unknown component or I/O pin of a net).
 */
final class DefParser {
    /** Sections skipped whole ({@code KEYWORD n ; ... END KEYWORD}). */
    private static final Set<String> SKIPPED_SECTIONS = Set.of("VIAS", "STYLES", "NONDEFAULTRULES", "REGIONS",
            "PINPROPERTIES", "SLOTS", "FILLS", "SCANCHAINS", "GROUPS", "SPECIALNETS");

    private final LefDefTokenizer t;
    private final DefSyntax syntax;
    private final DefData d;
    private final LefLibrary lef;
    private final Map<String, Integer> componentIndex = new HashMap<>();
    private final Map<String, Integer> pinIndex = new HashMap<>();
    private final DefNetCollector nets;

    private DefParser(InputStream in, String source, LefLibrary lef) {
        this.t = new LefDefTokenizer(in, source);
        this.syntax = new DefSyntax(t);
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
            String k = syntax.keyword();
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
                case "BEGINEXT" -> t.skipTo("ENDEXT", "BEGINEXT", line);
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
                        t.skipBlock(k, line);
                    } else if (SKIPPED_SECTIONS.contains(k)) {
                        int count = syntax.skippedSection(k);
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
            t.skipBlock(k, line);
        } else if (!t.is(";")) {
            t.skipStatement(k);
        }
    }

    private void units() throws IOException {
        d.unitsLine = t.line();
        t.expectNext("DISTANCE");
        if (!syntax.keyword().equals("DISTANCE")) {
            throw t.error("expected UNITS DISTANCE MICRONS n, found UNITS " + t.token());
        }
        t.expectNext("MICRONS");
        if (!syntax.keyword().equals("MICRONS")) {
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
        double[] box = DefSyntax.emptyBox();
        int points = 0;
        while (true) {
            t.expectNext("\";\" ending DIEAREA");
            if (t.is(";")) {
                break;
            }
            t.pushBack();
            syntax.point("DIEAREA");
            points++;
            syntax.extend(box);
        }
        if (points < 2) {
            throw new FormatException(t.source(), d.dieLine, "DIEAREA needs two corners or a polygon, found "
                    + points + " point" + (points == 1 ? "" : "s"));
        }
        if (!(box[2] > box[0] && box[3] > box[1])) {
            throw new FormatException(t.source(), d.dieLine, "DIEAREA has no area");
        }
        d.die = box;
        d.diePoints = points;
    }

    private void row() throws IOException {
        int line = t.line();
        String name = t.expectNext("a row name");
        String site = t.expectNext("a site name");
        double x = t.nextNumber("the row's x");
        double y = t.nextNumber("the row's y");
        Orientation o = syntax.orientation(t.expectNext("the row's orientation"));
        int nx = 1;
        int ny = 1;
        double sx = 0;
        double sy = 0;
        t.expectNext("\";\" ending ROW");
        if (syntax.keyword().equals("DO")) {
            nx = (int) t.nextInteger("DO count");
            t.expectNext("BY");
            ny = (int) t.nextInteger("BY count");
            t.expectNext("\";\" ending ROW");
            if (syntax.keyword().equals("STEP")) {
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

    // ---- COMPONENTS ----

    private void components(int line) throws IOException {
        d.componentsDeclaredLine = line;
        d.componentCount = syntax.section("COMPONENTS", this::component);
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
                syntax.unclosed("component", name, line);
                continue; // the arguments of an option this reader does not use
            }
            long plus = t.start();
            String opt = syntax.nextKeyword("an option after \"+\"");
            switch (opt) {
                case "PLACED", "FIXED", "COVER" -> {
                    syntax.point("a component's location");
                    Orientation o = syntax.orientation(t.expectNext("a component's orientation"));
                    c.place(i, DefStatus.valueOf(opt), syntax.px, syntax.py, o, plus, t.end());
                }
                case "UNPLACED" -> c.place(i, DefStatus.UNPLACED, Double.NaN, Double.NaN, Orientation.N, plus, t.end());
                case "HALO" -> {
                    c.countHalo();
                    t.expectNext("the halo");
                    if (!syntax.keyword().equals("SOFT")) {
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

    // ---- PINS, BLOCKAGES ----

    private void pins() throws IOException {
        DefPinReader reader = new DefPinReader(syntax, d, pinIndex);
        d.pinCount = syntax.section("PINS", reader::read);
    }

    private void blockages() throws IOException {
        syntax.section("BLOCKAGES", new DefBlockageReader(syntax, d)::read);
    }

    // ---- NETS ----

    private void nets() throws IOException {
        nets.prepare(d.components.size(), d.pins.size());
        d.netCount = syntax.section("NETS", this::net);
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
                String opt = syntax.nextKeyword("an option after \"+\"");
                if (opt.equals("USE")) {
                    use = syntax.nextKeyword("a net's use");
                } else if (opt.equals("WEIGHT")) {
                    weight = t.nextNumber("a net's WEIGHT");
                    if (weight < 0) {
                        throw t.error("net " + name + " has a negative WEIGHT");
                    }
                }
            }
            t.expectNext("\";\" ending a net");
            syntax.unclosed("net", name, line);
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
}
