package io.macroplace.netlist.def;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.testing.LefDefFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad DEF input: one {@code FILE:LINE: what} message. */
class DefReaderErrorsTest {
    @TempDir
    Path dir;

    private static final String SMALL = LefDefFixtures.text("small.def");

    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        if (at < 0) {
            throw new AssertionError("no " + needle);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private String fail(String text) throws IOException {
        return fail(text, LefDefFixtures.LEFS);
    }

    private String fail(String text, List<String> lefs) throws IOException {
        LefDefFixtures.copy(dir);
        Path def = dir.resolve("bad.def");
        Files.writeString(def, text, StandardCharsets.ISO_8859_1);
        FormatException e = assertThrows(FormatException.class,
                () -> DefReader.read(def, lefs.stream().map(dir::resolve).toList()));
        return e.getMessage().substring(dir.toString().length() + 1);
    }

    @Test
    void unknownCell() throws IOException {
        String text = SMALL.replace("- u3 INV", "- u3 NAND9");
        assertEquals("bad.def:" + lineOf(text, "- u3 NAND9") + ": component u3 is an instance of NAND9, which no LEF "
                + "file defines (" + dir.resolve("tech.lef") + ", " + dir.resolve("cells.lef") + ", "
                + dir.resolve("macros.lef") + ")", fail(text));
    }

    @Test
    void unknownPinOfACell() throws IOException {
        String text = SMALL.replace("( u2 A ) ( u1", "( u2 B ) ( u1");
        assertEquals("bad.def:" + lineOf(text, "( u2 B )") + ": net n2 connects pin B of component u2, but cell INV "
                + "has no pin B (" + dir.resolve("cells.lef") + ":4)", fail(text));
    }

    @Test
    void unknownComponentOrIoPinInANet() throws IOException {
        String text = SMALL.replace("( ram_s Q[0] )", "( ram_x Q[0] )");
        assertEquals("bad.def:" + lineOf(text, "ram_x") + ": net n_out connects component ram_x, which COMPONENTS "
                + "does not list", fail(text));
        text = SMALL.replace("( PIN in1 )", "( PIN in9 )");
        assertEquals("bad.def:" + lineOf(text, "in9") + ": net n1 connects PIN in9, which PINS does not list",
                fail(text));
    }

    @Test
    void countMismatch() throws IOException {
        String text = SMALL.replace("COMPONENTS 14 ;", "COMPONENTS 15 ;");
        assertEquals("bad.def:" + lineOf(text, "END COMPONENTS") + ": COMPONENTS at line "
                + lineOf(text, "COMPONENTS 15") + " declares 15 items, but 14 are listed", fail(text));
        text = SMALL.replace("NETS 6 ;", "NETS 5 ;");
        assertEquals("bad.def:" + lineOf(text, "END NETS") + ": NETS at line " + lineOf(text, "NETS 5 ;")
                + " declares 5 items, but 6 are listed", fail(text));
    }

    @Test
    void missingEnd() throws IOException {
        String text = SMALL.replace("END COMPONENTS\n", "");
        assertEquals("bad.def:" + lineOf(text, "PINS 4 ;") + ": PINS inside COMPONENTS (line "
                + lineOf(text, "COMPONENTS 14") + "): END COMPONENTS is missing", fail(text));
        text = SMALL.substring(0, SMALL.indexOf("END NETS"));
        assertEquals("bad.def:" + (lineOf(text, "- n3 ")) + ": the file ends inside NETS (line "
                + lineOf(text, "NETS 6 ;") + "): END NETS is missing", fail(text));
        text = SMALL.replace("- fill1 FILL ;", "- fill1 FILL");
        assertEquals("bad.def:" + lineOf(text, "END COMPONENTS") + ": component fill1 (line " + lineOf(text, "- fill1")
                + ") has no \";\" before this END", fail(text));
        text = SMALL.replace("END DESIGN\n", "");
        assertEquals("bad.def:" + lineOf(text, "ENDEXT") + ": the file ends without END DESIGN", fail(text));
    }

    @Test
    void missingOrMismatchedUnits() throws IOException {
        // cells and macros without the technology LEF: no DATABASE MICRONS anywhere
        String msg = fail(SMALL, List.of("cells.lef", "macros.lef"));
        assertEquals("bad.def:" + lineOf(SMALL, "UNITS DISTANCE") + ": UNITS DISTANCE MICRONS 1000 cannot be checked: "
                + "none of the LEF files (" + dir.resolve("cells.lef") + ", " + dir.resolve("macros.lef") + ") gives "
                + "UNITS DATABASE MICRONS; give the technology LEF with --lef", msg);
        String text = SMALL.replace("UNITS DISTANCE MICRONS 1000", "UNITS DISTANCE MICRONS 2000");
        assertEquals("bad.def:" + lineOf(text, "UNITS DISTANCE") + ": UNITS DISTANCE MICRONS 2000 does not fit the "
                + "LEF's DATABASE MICRONS 1000 (" + dir.resolve("tech.lef") + ":7): a DEF may use the LEF's units or a "
                + "divisor of them", fail(text));
    }

    @Test
    void malformedStatements() throws IOException {
        String text = SMALL.replace("( 20000 10000 ) N ;", "( 20000 10000 ) NE ;");
        assertEquals("bad.def:" + lineOf(text, " NE ;") + ": unknown orientation \"NE\" (N, S, E, W, FN, FS, FE, FW)",
                fail(text));
        text = SMALL.replace("+ PLACED ( 50000 10000 )", "+ PLACED ( 50000 ten )");
        assertEquals("bad.def:" + lineOf(text, "ten") + ": expected a number for a component's location, found \"ten\"",
                fail(text));
        text = SMALL.replace("- ram_s RAM", "- ram_n RAM");
        assertEquals("bad.def:" + lineOf(text, "- ram_n RAM + PLACED ( 50000") + ": component ram_n is listed twice "
                + "(first at line " + lineOf(text, "- ram_n") + ")", fail(text));
        text = SMALL.replace("DIEAREA ( 10000 5000 ) ( 160000 5000 ) ( 160000 105000 ) ( 10000 105000 ) ;\n", "");
        assertEquals("bad.def:" + lineOf(text, "END DESIGN") + ": the DEF has no DIEAREA; macroplace places within the "
                + "die", fail(text));
    }

    @Test
    void brokenGzipIsReportedAtTheLineWhereItStops() throws IOException {
        LefDefFixtures.copy(dir);
        Path def = dir.resolve("bad.def.gz");
        byte[] gz;
        try (var bytes = new java.io.ByteArrayOutputStream()) {
            try (OutputStream out = new GZIPOutputStream(bytes)) {
                out.write(SMALL.getBytes(StandardCharsets.ISO_8859_1));
            }
            gz = bytes.toByteArray();
        }
        Files.write(def, java.util.Arrays.copyOf(gz, gz.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> DefReader.read(def, LefDefFixtures.lefs(dir)));
        assertEquals(def.toString(), e.file());
        assertEquals(true, e.getMessage().contains("the gzip data stops being valid here") || e.getMessage()
                .contains("the file ends"), e.getMessage());
    }
}
