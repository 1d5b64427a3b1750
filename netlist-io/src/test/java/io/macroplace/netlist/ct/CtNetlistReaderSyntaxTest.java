package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layouts, comments, escapes and value kinds the protobuf text format allows. */
class CtNetlistReaderSyntaxTest {

    static Netlist parse(String text) throws IOException {
        return CtNetlistReader.read(new StringReader(text), "t.pb.txt");
    }

    @Test
    void oneLineLayoutParses() throws IOException {
        Netlist n = parse("node { name: \"m\" attr { key: \"type\" value { placeholder: \"MACRO\" } }"
                + " attr { key: \"width\" value { f: 1 } } attr { key: \"height\" value { f: 2.5 } }"
                + " attr { key: \"x\" value { f: 3 } } attr { key: \"y\" value { f: -4e-1 } }"
                + " attr { key: \"orientation\" value { placeholder: \"fs\" } } }"
                + " node { name: \"m/p\" input: \"c\" attr { key: \"type\" value { placeholder: \"MACRO_PIN\" } }"
                + " attr { key: \"macro_name\" value { placeholder: \"m\" } } attr { key: \"weight\" value { f: 3 } } }"
                + " node { name: \"c\" attr { key: \"type\" value { placeholder: \"STDCELL\" } }"
                + " attr { key: \"width\" value { i: 2 } } attr { key: \"height\" value { f: 1 } } }");
        assertEquals(3, n.nodeCount());
        assertEquals(NodeKind.HARD_MACRO, n.kind(0));
        assertEquals(2.5, n.height(0));
        assertEquals(-0.4, n.y(0));
        assertEquals(Orientation.FS, n.orientation(0));
        assertEquals(NodeKind.HARD_MACRO_PIN, n.kind(1));
        assertEquals(0.0, n.pinOffsetX(1), "offsets default to 0");
        assertEquals(1, n.netCount());
        assertEquals(3.0, n.netWeight(0));
        assertEquals(2.0, n.width(2), "i: values are numbers too");
    }

    @Test
    void commentsSeparatorsAndFieldOrderDoNotMatter() throws IOException {
        Netlist n = parse("""
                # proto-file: tensorflow/core/framework/graph.proto
                versions { producer: 27 }
                node {   # trailing comment
                  attr { value { placeholder: "left" } key: "side" }   # value before key
                  attr: { key: "type"; value: { placeholder: "port" } }
                  name: "p",
                  op: "Placeholder"
                  attr { key: "unknown_thing" value { list { s: "a" s: "b" } } }
                  attr { key: "x" value { f: 1.5f } }
                  attr { key: "y" value { f: .25 } }
                }
                # a comment between nodes with "quotes" and { braces
                node { name: "q" attr { key: "type" value { placeholder: "PORT" } } }
                """);
        assertEquals(2, n.nodeCount());
        assertEquals(PortSide.LEFT, n.side(0));
        assertEquals(1.5, n.x(0));
        assertEquals(0.25, n.y(0));
        assertEquals(PortSide.NONE, n.side(1));
        assertTrue(Double.isNaN(n.x(1)));
    }

    @Test
    void escapedStringsDecodeLikeProtobuf() throws IOException {
        Netlist n = parse("""
                node { name: "a\\"b\\\\c[0].d/e" attr { key: "type" value { placeholder: "PORT" } } }
                node { name: "oct\\101\\x42\\n" attr { key: "type" value { placeholder: "PORT" } } }
                node { name: "\\345\\275\\223" attr { key: "type" value { placeholder: "PORT" } } }
                node { name: 'single "quoted"' attr { key: "type" value { placeholder: "PORT" } } }
                node { name: "\\u00e9\\U0001F600" attr { key: "type" value { placeholder: "PORT" } } }
                """);
        assertEquals("a\"b\\c[0].d/e", n.name(0));
        assertEquals("octAB\n", n.name(1));
        assertEquals("\u5f53", n.name(2), "octal escapes are UTF-8 bytes");
        assertEquals("single \"quoted\"", n.name(3));
        assertEquals("\u00e9\ud83d\ude00", n.name(4), "\\u and \\U escapes");
    }

    @Test
    void metadataNodeIsNotANode() throws IOException {
        Netlist n = parse("""
                node { name: "__metadata__"
                  attr { key: "soft_macro_area_bloating_ratio" value { f: 2.0 } }
                  attr { key: "note" value { placeholder: "x y" } } }
                node { name: "p" attr { key: "type" value { placeholder: "PORT" } } }
                """);
        assertEquals(1, n.nodeCount());
        assertEquals("2.0", n.metadata().get("soft_macro_area_bloating_ratio"));
        assertEquals("x y", n.metadata().get("note"));
    }

    @Test
    void grpPrefixMakesAnUpperCaseMacroSoft() throws IOException {
        Netlist n = parse("""
                node { name: "Grp_7" attr { key: "type" value { placeholder: "MACRO" } }
                  attr { key: "width" value { f: 1 } } attr { key: "height" value { f: 1 } } }
                node { name: "Grp_7/P" attr { key: "type" value { placeholder: "MACRO_PIN" } }
                  attr { key: "macro_name" value { placeholder: "Grp_7" } } }
                node { name: "Mx" attr { key: "type" value { placeholder: "Macro" } }
                  attr { key: "width" value { f: 1 } } attr { key: "height" value { f: 1 } } }
                """);
        assertEquals(NodeKind.SOFT_MACRO, n.kind(0));
        assertEquals(NodeKind.SOFT_MACRO_PIN, n.kind(1));
        assertEquals(NodeKind.HARD_MACRO, n.kind(2), "only all-lower-case 'macro' means soft");
    }

    @Test
    void gzipIsDetectedByMagicBytesNotName(@TempDir Path dir) throws IOException {
        String text = "node { name: \"p\" attr { key: \"type\" value { placeholder: \"PORT\" } } }\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        Path misnamed = dir.resolve("netlist.pb.txt");
        Files.write(misnamed, bytes.toByteArray());
        assertEquals("p", CtNetlistReader.read(misnamed).name(0));
        Path plainGz = dir.resolve("plain.pb.txt.gz");
        Files.writeString(plainGz, text);
        assertEquals("p", CtNetlistReader.read(plainGz).name(0));
    }

    @Test
    void aReaderThatDeliversFewCharsAtATimeGivesTheSameNetlist() throws IOException {
        String text = Files.readString(io.macroplace.netlist.testing.SharedDesigns.file("ct-toy_macro_stdcell", "netlist.pb.txt"));
        java.util.Random rnd = new java.util.Random(5);
        java.io.Reader trickle = new java.io.FilterReader(new StringReader(text)) {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                return super.read(cbuf, off, Math.min(len, 1 + rnd.nextInt(7)));
            }
        };
        NetlistComparison.assertSameNetlist(parse(text), CtNetlistReader.read(trickle, "t.pb.txt"));
    }

    @Test
    void longTokensCrossBufferRefills() throws IOException {
        // names longer than the tokenizer's 64K buffer and many nodes force compaction and growth
        String longName = "n".repeat(200_000);
        StringBuilder sb = new StringBuilder();
        sb.append("node { name: \"").append(longName).append("\" attr { key: \"type\" value { placeholder: \"PORT\" } } }\n");
        for (int i = 0; i < 5_000; i++) {
            sb.append("node { name: \"c").append(i).append("\" attr { key: \"type\" value { placeholder: \"STDCELL\" } }")
                    .append(" attr { key: \"width\" value { f: ").append(i).append(".125 } }")
                    .append(" attr { key: \"height\" value { f: 1 } } }\n");
        }
        Netlist n = parse(sb.toString());
        assertEquals(longName, n.name(0));
        assertEquals(5_001, n.nodeCount());
        assertEquals(4_999.125, n.width(5_000));
    }
}
