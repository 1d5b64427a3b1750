package io.macroplace.netlist.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that would make a reader hold unbounded text, or read a damaged or empty file as something
 * else, fails with one short line naming the file and line.
 */
class InputLimitsTest {
    private static final String NODE = "node {\n  name: \"p\"\n  attr { key: \"type\" value { placeholder: \"PORT\" } }\n"
            + "  attr { key: \"x\" value { f: 1 } }\n  attr { key: \"y\" value { f: 2 } }\n}\n";

    @TempDir
    Path dir;

    private FormatException ctFails(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return assertThrows(FormatException.class, () -> CtNetlistReader.read(f));
    }

    @Test
    void aHugeTokenIsAnErrorAtItsLineNotAnOutOfMemoryError() throws IOException {
        String huge = "x".repeat((1 << 20) + 10);
        FormatException word = ctFails("word.pb.txt", (NODE + "\n\n" + huge).getBytes(StandardCharsets.UTF_8));
        assertEquals(9, word.line());
        assertEquals("a word longer than 1,048,576 characters: not a netlist, or a damaged one", word.problem());
        FormatException string = ctFails("string.pb.txt",
                (NODE + "node {\n  name: \"" + huge + "\"\n}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(8, string.line());
        assertTrue(string.problem().startsWith("a string longer than 1,048,576"), string.getMessage());
        // just under the limit is a name like any other
        String big = "y".repeat(500_000);
        Path ok = dir.resolve("ok.pb.txt");
        Files.writeString(ok, NODE.replace("\"p\"", "\"" + big + "\""));
        assertEquals(big, CtNetlistReader.read(ok).name(0));
    }

    @Test
    void gzipDamagedInTheMiddleIsReportedAsDamagedGzip() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(NODE.replace("\"p\"", "\"p" + i + "\""));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] good = bytes.toByteArray();
        int damaged = 0;
        // flip one byte at many places in the middle: whatever text the junk decodes to, the
        // error says the compressed data is broken (never "unterminated string" or the like)
        for (int at = good.length / 4; at < 3 * good.length / 4; at += 37) {
            byte[] bad = good.clone();
            bad[at] ^= 0x55;
            Path f = dir.resolve("bad.pb.txt.gz");
            Files.write(f, bad);
            try {
                CtNetlistReader.read(f);
            } catch (FormatException e) {
                damaged++;
                assertTrue(e.problem().startsWith("compressed data is corrupt or truncated"), e.getMessage());
                assertTrue(e.line() >= 1, e.getMessage());
                continue;
            }
            throw new AssertionError("a damaged gzip stream read without complaint (byte " + at + ")");
        }
        assertTrue(damaged > 50, "damaged " + damaged);
    }

    private Netlist onePortNetlist() throws IOException {
        Path f = dir.resolve("n.pb.txt");
        Files.writeString(f, NODE);
        return CtNetlistReader.read(f);
    }

    private FormatException plcFails(String text) throws IOException {
        Netlist n = onePortNetlist();
        Path f = dir.resolve("t.plc");
        Files.writeString(f, text);
        return assertThrows(FormatException.class, () -> PlcReader.read(f, n));
    }

    @Test
    void anEmptyPlcIsAnErrorNotTheNetlistsOwnPositions() throws IOException {
        for (String empty : new String[] {"", "\n\n", "  \t\r\n"}) {
            FormatException e = plcFails(empty);
            assertEquals(dir.resolve("t.plc") + ": the file is empty: a .plc has placement lines, header settings, "
                    + "or both", e.getMessage());
            Path f = dir.resolve("t.plc");
            assertThrows(FormatException.class, () -> PlcReader.readHeader(f));
        }
        assertEquals("no placement lines and no header settings: not a .plc file?",
                plcFails("# just a comment\n#\n").problem());
        // a header with settings and no body is CT's own convention: the netlist's positions stay
        Netlist n = onePortNetlist();
        Path f = dir.resolve("h.plc");
        Files.writeString(f, "# Columns : 2  Rows : 3\n");
        assertEquals(1.0, PlcReader.read(f, n).placement().x(0));
    }

    @Test
    void plcHeaderCountsMustBeTheNetlists() throws IOException {
        FormatException e = plcFails("# Columns : 2  Rows : 3\n# PORTs : 2\n0 1 2 - 0\n");
        assertEquals(2, e.line());
        assertEquals("the header counts 2 PORTs, the netlist has 1: is this .plc for another netlist?", e.problem());
        assertEquals("MACROs needs an integer, found \"many\"", plcFails("# MACROs : many\n0 1 2 - 0\n").problem());
    }

    @Test
    void aNumberTooLargeForADoubleIsAnErrorNotInfinity() throws IOException {
        assertEquals("number \"1e999\" for Width is out of range",
                plcFails("# Width : 1e999  Height : 10\n0 1 2 - 0\n").problem());
        FormatException x = plcFails("# Columns : 2  Rows : 3\n0 -1e400 2 - 0\n");
        assertEquals(2, x.line());
        assertEquals("number \"-1e400\" for x is out of range", x.problem());
    }

    @Test
    void aLineWithoutEndIsAnErrorAtItsLine() throws IOException {
        FormatException plc = plcFails("# Columns : 2  Rows : 3\n0 1 2 - 0\n" + "9".repeat(70_000));
        assertEquals(3, plc.line());
        assertEquals("line longer than 65,536 characters: not a text file of this format, or a damaged one",
                plc.problem());

        Path aux = dir.resolve("d.aux");
        Files.writeString(aux, "RowBasedPlacement : d.nodes d.nets d.pl d.scl\n");
        Files.writeString(dir.resolve("d.scl"), "UCLA scl 1.0\r\n" + "#".repeat(100_000));
        FormatException scl = assertThrows(FormatException.class, () -> BookshelfReader.read(aux));
        assertEquals(dir.resolve("d.scl") + ":2: line longer than 65,536 characters: not a text file of this format, "
                + "or a damaged one", scl.getMessage());
    }

    @Test
    void quotedInputInAMessageIsCutShort() {
        String junk = "z".repeat(5000);
        FormatException e = new FormatException("f.txt", 3, "unknown node \"" + junk + "\" in net 'n'");
        assertEquals("f.txt:3: unknown node \"" + "z".repeat(60) + "...\" (5,000 chars) in net 'n'", e.getMessage());
        // apostrophes are not quotes, and short quotes stay whole
        String plain = "the netlist's node \"a\" isn't placed; " + "words ".repeat(10);
        assertEquals(plain, new FormatException("f", 1, plain).problem());
        assertTrue(new FormatException("f", 1, "x".repeat(5000)).problem().length() <= 400);
    }
}
