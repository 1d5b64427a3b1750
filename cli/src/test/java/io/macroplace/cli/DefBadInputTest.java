package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.testing.LefDefFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad LEF/DEF input, end to end through each command that reads a DEF: exit 2,
 * one stderr line {@code error: FILE:LINE: ...}, no stack trace, nothing on stdout, no output left.
 */
class DefBadInputTest {
    private static final String MACROS = LefDefFixtures.text("macros.def");

    /** A broken copy of macros.def, the LEF files to give, and the start of the expected message after the path. */
    record Broken(String name, String def, List<String> lefs, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Broken> broken() {
        List<Broken> b = new ArrayList<>();
        String t = MACROS.replace("- top/ram\\[5\\] RAM ;", "- top/ram\\[5\\] RAMX ;");
        b.add(new Broken("unknown cell", t, LefDefFixtures.LEFS, ":" + lineOf(t, "RAMX")
                + ": component top/ram\\[5\\] is an instance of RAMX, which no LEF file defines"));
        t = MACROS.replace("( top/rom Q[0] )", "( top/rom Q[1] )");
        b.add(new Broken("unknown pin", t, LefDefFixtures.LEFS, ":" + lineOf(t, "Q[1]")
                + ": net ne connects pin Q[1] of component top/rom, but cell ROM has no pin Q[1]"));
        t = MACROS.replace("COMPONENTS 7 ;", "COMPONENTS 8 ;");
        b.add(new Broken("component count", t, LefDefFixtures.LEFS, ":" + lineOf(t, "END COMPONENTS")
                + ": COMPONENTS at line " + lineOf(t, "COMPONENTS 8") + " declares 8 items, but 7 are listed"));
        t = MACROS.replace("END PINS\n", "");
        b.add(new Broken("missing END", t, LefDefFixtures.LEFS, ":" + lineOf(t, "NETS 5 ;")
                + ": NETS inside PINS (line " + lineOf(t, "PINS 3 ;") + "): END PINS is missing"));
        b.add(new Broken("missing LEF units", MACROS, List.of("cells.lef", "macros.lef"), ":"
                + lineOf(MACROS, "UNITS DISTANCE") + ": UNITS DISTANCE MICRONS 1000 cannot be checked"));
        return b;
    }

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        for (Broken b : broken()) {
            c.add(Arguments.of(b, new String[] {"info", "DEF"}));
            c.add(Arguments.of(b, new String[] {"cost", "DEF"}));
            c.add(Arguments.of(b, new String[] {"render", "DEF", "--out", "OUT/x.png"}));
            c.add(Arguments.of(b, new String[] {"place", "DEF", "--time-limit", "2s", "--out", "OUT"}));
            c.add(Arguments.of(b, new String[] {"compare", "DEF", "--time-limit", "2s", "--out", "OUT"}));
            c.add(Arguments.of(b, new String[] {"convert", "DEF", "OUT/x.def"}));
        }
        return c.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void badDefInputGivesOneErrorLine(Broken b, String[] command, @TempDir Path dir) throws IOException {
        LefDefFixtures.copy(dir);
        Path def = Files.writeString(dir.resolve("bad.def"), b.def(), StandardCharsets.ISO_8859_1);
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>();
        for (String a : command) {
            args.add(a.replace("DEF", def.toString()).replace("OUT", out.toString()));
        }
        for (String lef : b.lefs()) {
            args.add("--lef");
            args.add(dir.resolve(lef).toString());
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + run.err());
        assertTrue(lines.get(0).startsWith("error: " + def + b.expected()), lines.get(0));
        assertFalse(lines.get(0).contains("Exception"), lines.get(0));
        assertEquals("", run.out());
        assertFalse(Files.exists(out), "no output left behind");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usage")
    void lefGoesWithDefOnly(String what, String[] args, String expected, @TempDir Path dir) throws IOException {
        LefDefFixtures.copy(dir);
        String[] a = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            a[i] = args[i].replace("DIR", dir.toString());
        }
        CliRun run = CliRun.of(a);
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("error: " + expected.replace("DIR", dir.toString()), run.err().strip());
    }

    static Stream<Arguments> usage() {
        return Stream.of(
                Arguments.of("a DEF without --lef", new String[] {"info", "DIR/macros.def"},
                        "a DEF design needs its LEF files: give each with --lef (technology LEF first)"),
                Arguments.of("--lef with a CT netlist", new String[] {"info", "DIR/n.pb.txt", "--lef", "DIR/tech.lef"},
                        "--lef goes with DEF designs (.def or .def.gz); DIR/n.pb.txt is not one"),
                Arguments.of("a DEF from a CT netlist", new String[] {"convert", "DIR/n.pb.txt", "DIR/x.def"},
                        "a DEF is written only from a DEF input (its other sections come from there); DIR/n.pb.txt "
                                + "is not one"));
    }

    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }
}
