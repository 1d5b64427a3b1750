package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of malformed netlist gives a FormatException at the right line, nothing else. */
class CtNetlistReaderErrorsTest {

    private static final String PORT = "node {\n  name: \"p\"\n  attr { key: \"type\" value { placeholder: \"PORT\" } }\n}\n";

    private static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> CtNetlistReaderSyntaxTest.parse(text));
    }

    private static void assertAt(int line, String fragment, FormatException e) {
        assertEquals("t.pb.txt", e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith("t.pb.txt:" + line + ": "), e.getMessage());
        assertTrue(e.problem().contains(fragment), e.getMessage());
    }

    @Test
    void truncatedFile() {
        FormatException e = fails(PORT + "node {\n  name: \"q\"\n  attr { key: \"type\" value {");
        assertAt(7, "end of file", e);
    }

    @Test
    void missingClosingBrace() {
        FormatException e = fails("node {\n  name: \"a\"\n  attr { key: \"type\" value { placeholder: \"PORT\" } }\n"
                + PORT);
        // the second node is read as an unknown field of the first; the first is never closed
        assertAt(7, "node opened at line 1 is not closed", e);
    }

    @Test
    void extraClosingBrace() {
        FormatException e = fails(PORT + "}\n" + PORT.replace("\"p\"", "\"q\""));
        assertAt(5, "expected 'node' but found '}'", e);
    }

    @Test
    void badNumber() {
        FormatException e = fails(PORT.replace("\"p\"", "\"q\"") + "node {\n  name: \"c\"\n"
                + "  attr { key: \"type\" value { placeholder: \"STDCELL\" } }\n"
                + "  attr { key: \"width\"\n value { f: 1.2.3 } }\n}\n");
        assertAt(9, "bad number \"1.2.3\"", e);
    }

    @Test
    void unknownType() {
        FormatException e = fails(PORT + "node { name: \"x\"\n attr { key: \"type\"\n value { placeholder: \"WIRE\" } } }\n");
        assertAt(7, "unknown node type \"WIRE\"", e);
    }

    @Test
    void missingType() {
        FormatException e = fails(PORT + "\n\nnode { name: \"x\"\n attr { key: \"x\" value { f: 1 } } }\n");
        assertAt(7, "node \"x\" has no type attribute", e);
    }

    @Test
    void macroWithoutWidth() {
        FormatException e = fails(PORT + "node {\n name: \"m\"\n attr { key: \"type\" value { placeholder: \"MACRO\" } }\n"
                + " attr { key: \"height\" value { f: 1 } }\n}\n");
        assertAt(5, "MACRO \"m\" has no width attribute", e);
    }

    @Test
    void pinWithoutMacroName() {
        FormatException e = fails("node { name: \"a/b\" attr { key: \"type\" value { placeholder: \"MACRO_PIN\" } } }\n"
                + PORT);
        assertAt(1, "MACRO_PIN \"a/b\" has no macro_name attribute", e);
    }

    @Test
    void pinOfUnknownMacro() {
        FormatException e = fails(PORT + "node { name: \"a/b\"\n attr { key: \"type\" value { placeholder: \"MACRO_PIN\" } }\n"
                + " attr { key: \"macro_name\" value { placeholder: \"a\" } } }\n");
        assertAt(5, "pin \"a/b\" names unknown macro \"a\"", e);
    }

    @Test
    void duplicateNodeName() {
        FormatException e = fails(PORT + "# again\n" + PORT);
        assertAt(6, "duplicate node name \"p\" (first defined at line 1)", e);
    }

    @Test
    void inputNamingAnUnknownNode() {
        FormatException e = fails("node {\n  name: \"d\"\n  input: \"p\"\n  input: \"ghost\"\n"
                + "  attr { key: \"type\" value { placeholder: \"PORT\" } }\n}\n" + PORT);
        assertAt(4, "input \"ghost\" of \"d\" names an unknown node", e);
    }

    @Test
    void unterminatedString() {
        FormatException e = fails(PORT + "node {\n  name: \"q\n  attr { key: \"type\" value { placeholder: \"PORT\" } }\n}\n");
        assertAt(6, "unterminated string", e);
        FormatException atEnd = fails(PORT + "node { name: \"q");
        assertAt(5, "unterminated string", atEnd);
    }

    @Test
    void badValuesAndStructure() {
        assertAt(1, "unknown orientation \"NE\"", fails("node { name: \"m\" attr { key: \"orientation\" value { placeholder: \"NE\" } } }"));
        assertAt(2, "unknown port side", fails("node { name: \"m\"\n attr { key: \"side\" value { placeholder: \"up\" } } }"));
        assertAt(1, "needs a number", fails("node { name: \"m\" attr { key: \"x\" value { placeholder: \"1\" } } }"));
        assertAt(1, "attr without a key", fails("node { name: \"m\" attr { value { f: 1 } } }"));
        assertAt(1, "node without a name", fails("node { attr { key: \"type\" value { placeholder: \"PORT\" } } }"));
        assertAt(2, "unexpected character '['", fails("node {\n name: [\"m\"] }"));
        assertAt(1, "expected '{' after node", fails("node name: \"m\""));
        assertAt(1, "unknown escape", fails("node { name: \"a\\qb\" }"));
        assertAt(1, "bad number \"0x10\"", fails("node { name: \"m\" attr { key: \"y\" value { f: 0x10 } } }"));
    }

    @Test
    void numbersMustBeFiniteAndSizesAndWeightsNotNegative() {
        String cell = "node {\n name: \"c\"\n attr { key: \"type\" value { placeholder: \"STDCELL\" } }\n"
                + " attr { key: \"width\" value { f: 1 } } attr { key: \"height\" value { f: 1 } }\n";
        assertAt(6, "attribute \"weight\" of \"c\" is -3.0; a weight cannot be negative",
                fails(cell + " attr { key: \"weight\"\n value { f: -3 } }\n}\n"));
        assertAt(5, "attribute \"x\" of \"c\" is inf; it must be a finite number",
                fails(cell + " attr { key: \"x\" value { f: inf } }\n}\n"));
        assertAt(5, "attribute \"y\" of \"c\" is NaN; it must be a finite number",
                fails(cell + " attr { key: \"y\" value { f: nan } }\n}\n"));
        assertAt(4, "attribute \"width\" of \"c\" is -1.0; a width cannot be negative",
                fails(cell.replace("f: 1 } } attr { key: \"height", "f: -1 } } attr { key: \"height") + "}\n"));
        assertAt(2, "attribute \"x_offset\" of \"m/p\" is -inf; it must be a finite number",
                fails("node { name: \"m/p\" attr { key: \"type\" value { placeholder: \"MACRO_PIN\" } }\n"
                        + " attr { key: \"x_offset\" value { f: -inf } } }\n"));
        // a zero weight is a weight
        assertEquals(0.0, assertDoesNotThrow(() -> CtNetlistReaderSyntaxTest.parse(
                cell + " attr { key: \"weight\" value { f: 0 } }\n}\n")).weight(0));
    }

    @Test
    void aNetlistWithoutNodesIsAnError() {
        assertAt(1, "no nodes", fails(""));
        assertAt(2, "no nodes: a netlist needs at least one node besides __metadata__",
                fails("# only settings\nnode { name: \"__metadata__\" attr { key: \"x\" value { f: 1 } } }\n"
                        + "# end\n"));
    }

    @Test
    void binaryJunkIsNamedByItsCodeNotPrinted() {
        FormatException e = fails(PORT + "\u0003\u0004junk");
        assertAt(5, "unexpected character U+0003", e);
        assertEquals("t.pb.txt:5: unexpected character U+0003", e.getMessage());
    }

    @Test
    void controlCharactersInMessagesAreEscaped() {
        // a name with a tab and a bell, quoted back in a message, stays one printable line
        FormatException e = fails("node { name: \"a\\tb\\007\" }\n");
        assertEquals("t.pb.txt:1: node \"a\\tb\\u0007\" has no type attribute", e.getMessage());
    }

    @Test
    void aFolderIsNamedAsSuch(@TempDir Path dir) {
        FormatException e = assertThrows(FormatException.class, () -> CtNetlistReader.read(dir));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
    }

    @Test
    void truncatedGzip(@TempDir Path dir) throws IOException {
        byte[] gz = gzip(PORT.repeat(1).replace("\"p\"", "\"p0\"") + "node { name: \"q\" }\n".repeat(2000));
        Path file = dir.resolve("cut.pb.txt.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length / 2));
        FormatException e = assertThrows(FormatException.class, () -> CtNetlistReader.read(file));
        assertEquals(file.toString(), e.file());
        assertTrue(e.problem().contains("compressed data is corrupt or truncated"), e.getMessage());
        // reported at the line where the text that still inflates stops
        int expected = 1 + newlinesBeforeFailure(Files.readAllBytes(file));
        assertTrue(expected > 4 && expected < 2_005, "the cut is inside the text: " + expected);
        assertEquals(expected, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + expected + ": "), e.getMessage());
    }

    @Test
    void gzipWithoutItsTrailerFailsAfterTheLastLine(@TempDir Path dir) throws IOException {
        // all text inflates; the missing CRC/size trailer is noticed when reading on past line 3
        byte[] gz = gzip(PORT.replace("\n", " ").repeat(1) + "\n" + PORT.replace("\n", " ").replace("\"p\"", "\"q\"")
                + "\n# end");
        Path file = dir.resolve("no-trailer.gz");
        Files.write(file, Arrays.copyOf(gz, gz.length - 8));
        FormatException e = assertThrows(FormatException.class, () -> CtNetlistReader.read(file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":3: compressed data is corrupt or truncated"), e.getMessage());
    }

    @Test
    void corruptGzip(@TempDir Path dir) throws IOException {
        byte[] gz = gzip(PORT);
        for (int i = 12; i < gz.length - 8; i++) {
            gz[i] ^= 0x5a; // garble the deflate stream, keep the header
        }
        Path file = dir.resolve("bad.gz");
        Files.write(file, gz);
        FormatException e = assertThrows(FormatException.class, () -> CtNetlistReader.read(file));
        assertEquals(1, e.line(), "the first block of text cannot be inflated");
        assertTrue(e.getMessage().startsWith(file + ":1: compressed data is corrupt"), e.getMessage());

        Path header = dir.resolve("header-only.gz");
        Files.write(header, new byte[] {0x1f, (byte) 0x8b, 8});
        FormatException h = assertThrows(FormatException.class, () -> CtNetlistReader.read(header));
        assertEquals(header.toString(), h.file());
        assertEquals(header + ":1: not a valid gzip file: the data ends early", h.getMessage(),
                "the header starts the file; Java's end-of-input exception has no message to show");

        Path method = dir.resolve("method.gz");
        Files.write(method, new byte[] {0x1f, (byte) 0x8b, 9, 0, 0, 0, 0, 0, 0, 0, 0});
        FormatException m = assertThrows(FormatException.class, () -> CtNetlistReader.read(method));
        assertEquals(method + ":1: not a valid gzip file: Unsupported compression method", m.getMessage());
    }

    private static int newlinesBeforeFailure(byte[] gz) throws IOException {
        int newlines = 0;
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            byte[] b = new byte[4096];
            int n;
            while ((n = in.read(b)) > 0) {
                for (int i = 0; i < n; i++) {
                    newlines += b[i] == '\n' ? 1 : 0;
                }
            }
        } catch (java.io.EOFException | java.util.zip.ZipException expectedFailure) {
            return newlines;
        }
        throw new AssertionError("the cut gzip inflated without error");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
