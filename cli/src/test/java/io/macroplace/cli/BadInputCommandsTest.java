package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of bad input, end to end through the command line: exit status 2, exactly one
 * stderr line {@code error: FILE:LINE: ...} naming the file as given (a folder has no line), no
 * stack trace, nothing on stdout and no output file or folder left behind.
 */
class BadInputCommandsTest {

    /** What a case writes into its folder and runs; {@code out} is where outputs would go. */
    @FunctionalInterface
    interface Setup {
        Case make(Path dir, Path out) throws IOException;
    }

    /**
     * @param args     the command line
     * @param expected the exact start of the message after {@code "error: "}: FILE:LINE: and the problem
     *                 ({@code *} for any text)
     */
    record Case(String[] args, String expected) {
    }

    static Stream<Arguments> cases() {
        List<Arguments> c = new ArrayList<>();
        c.add(Arguments.of("convert of an unplaced netlist to CT", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(false));
            return new Case(args("convert", n, out.resolve("y.pb.txt")),
                    n + ":" + lineOf(ct(false), "name: \"M0\"") + ": node \"M0\" (HARD_MACRO) has no position");
        }));
        c.add(Arguments.of("convert of an unplaced netlist to Bookshelf", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(false));
            return new Case(args("convert", n, out.resolve("x.aux")),
                    n + ":" + lineOf(ct(false), "name: \"M0\"") + ": node \"M0\" (HARD_MACRO) has no position");
        }));
        c.add(Arguments.of("cost of an unplaced netlist", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(false));
            return new Case(args("cost", n), n + ":" + lineOf(ct(false), "name: \"M0\"")
                    + ": node \"M0\" (HARD_MACRO) has no position (1 of the 2 placeable nodes have none); the netlist "
                    + "gives it no x and y, and no .plc (--plc) was given to place it");
        }));
        c.add(Arguments.of("cost with a header-only .plc", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(false));
            Path plc = write(dir, "h.plc", "# Columns : 2  Rows : 2\n# Width : 100  Height : 100\n#\n");
            return new Case(args("cost", n, "--plc", plc), plc + ":3: the file places no nodes (header only), and the "
                    + "netlist gives no position to 1 of its 2 placeable nodes; the first is node 1 \"M0\" (HARD_MACRO)");
        }));
        c.add(Arguments.of("a .plc line that is not a placement", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path plc = write(dir, "b.plc", "# Width : 100  Height : 100\n0 0 5 - 1\n1 10 10 Q 0\n");
            return new Case(args("convert", n, "--plc", plc, out.resolve("y.pb.txt")),
                    plc + ":3: unknown orientation \"Q\"");
        }));
        c.add(Arguments.of("a name Bookshelf cannot hold", (Setup) (dir, out) -> {
            String text = ct(true).replace("\"M0\"", "\"M:0\"").replace("\"M0/a\"", "\"M:0/a\"");
            Path n = write(dir, "n.pb.txt", text);
            return new Case(args("convert", n, out.resolve("x.aux")), n + ":" + lineOf(text, "name: \"M:0\"")
                    + ": node name \"M:0\" cannot be written to Bookshelf: ':' has a meaning of its own in Bookshelf files");
        }));
        c.add(Arguments.of("malformed protobuf text", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true).replace("f: 0 }", "f: 1.2.3 }"));
            return new Case(args("convert", n, out.resolve("y.pb.txt")), n + ":6: bad number \"1.2.3\"");
        }));
        c.add(Arguments.of("a negative weight", (Setup) (dir, out) -> {
            String text = ct(true).replace("  attr { key: \"macro_name\"", "  attr { key: \"weight\" value { f: -3 } }\n"
                    + "  attr { key: \"macro_name\"");
            Path n = write(dir, "n.pb.txt", text);
            return new Case(args("cost", n), n + ":" + lineOf(text, "\"weight\"")
                    + ": attribute \"weight\" of \"M0/a\" is -3.0; a weight cannot be negative");
        }));
        c.add(Arguments.of("an infinite coordinate", (Setup) (dir, out) -> {
            String text = ct(true).replace("f: 0 }", "f: inf }");
            Path n = write(dir, "n.pb.txt", text);
            return new Case(args("convert", n, out.resolve("y.pb.txt")),
                    n + ":6: attribute \"x\" of \"p0\" is inf; it must be a finite number");
        }));
        c.add(Arguments.of("an empty netlist", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", "");
            return new Case(args("convert", n, out.resolve("y.pb.txt")), n + ":1: no nodes");
        }));
        c.add(Arguments.of("a binary file", (Setup) (dir, out) -> {
            Path n = dir.resolve("n.pb.txt");
            Files.write(n, new byte[] {3, 4, 0, (byte) 0xff, 'x'});
            return new Case(args("info", n), n + ":1: unexpected character U+0003");
        }));
        c.add(Arguments.of("a broken gzip header", (Setup) (dir, out) -> {
            Path n = dir.resolve("n.pb.txt.gz");
            Files.write(n, new byte[] {0x1f, (byte) 0x8b, 8});
            return new Case(args("convert", n, out.resolve("y.pb.txt")), n + ":1: not a valid gzip file: the data ends early");
        }));
        c.add(Arguments.of("a folder given as the netlist", (Setup) (dir, out) -> {
            Path folder = Files.createDirectory(dir.resolve("folder.pb.txt"));
            return new Case(args("cost", folder), folder + ": is a folder, not a file");
        }));
        c.add(Arguments.of("a folder given as the output", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path target = Files.createDirectory(dir.resolve("target.pb.txt"));
            Files.writeString(target.resolve("keep"), "x");
            return new Case(args("convert", n, target), target + ": is a folder; OUT names the file to write");
        }));
        c.add(Arguments.of("a Bookshelf syntax error, named by its path", (Setup) (dir, out) -> {
            Path aux = bookshelf(dir, "NetDegree : 2 n1\n\tc1\tO\n\tghost\tI\n", "");
            return new Case(args("convert", aux, out.resolve("y.pb.txt")),
                    dir.resolve("t.nets") + ":3: unknown node \"ghost\" in net \"n1\"");
        }));
        c.add(Arguments.of("a huge Bookshelf NetDegree", (Setup) (dir, out) -> {
            Path aux = bookshelf(dir, "NetDegree : 2000000000 n1\n\tc1\tO\n\tc2\tI\n", "");
            return new Case(args("convert", aux, out.resolve("y.pb.txt")),
                    dir.resolve("t.nets") + ":1: net \"n1\" declares 2000000000 pins, file ends after 2");
        }));
        c.add(Arguments.of("a weighted port-driven Bookshelf net", (Setup) (dir, out) -> {
            Path aux = bookshelf(dir, "NetDegree : 2 n1\n\tp1\tO\n\tc2\tI\n", "n1 3\n");
            return new Case(args("convert", aux, out.resolve("y.pb.txt")), dir.resolve("t.nodes")
                    + ":6: net 0 is driven by port \"p1\" and weighs 3.0; Circuit Training gives port-driven nets weight 1");
        }));
        c.add(Arguments.of("an empty .plc", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path plc = write(dir, "empty.plc", "");
            return new Case(args("cost", n, "--plc", plc), plc + ": the file is empty");
        }));
        c.add(Arguments.of("a .plc for another netlist", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path plc = write(dir, "other.plc", "# Columns : 2  Rows : 2\n# MACROs : 133\n0 0 5 - 1\n1 20 20 N 0\n");
            return new Case(args("cost", n, "--plc", plc),
                    plc + ":2: the header counts 133 MACROs, the netlist has 1: is this .plc for another netlist?");
        }));
        c.add(Arguments.of("a .plc line without end", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path plc = write(dir, "long.plc", "# Columns : 2  Rows : 2\n" + "7".repeat(100_000));
            return new Case(args("cost", n, "--plc", plc), plc + ":2: line longer than 65,536 characters");
        }));
        c.add(Arguments.of("a netlist of one huge word", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", "node" + "x".repeat(3 << 20));
            return new Case(args("info", n), n + ":1: a word longer than 1,048,576 characters");
        }));
        c.add(Arguments.of("a gzip stream damaged in the middle", (Setup) (dir, out) -> {
            Path n = dir.resolve("n.pb.txt.gz");
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 300; i++) {
                text.append(ct(true).replace("\"p0\"", "\"p" + i + "\"").replace("M0", "M" + i));
            }
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
                gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
            }
            byte[] damaged = bytes.toByteArray();
            damaged[damaged.length / 2] ^= 0x10;
            Files.write(n, damaged);
            return new Case(args("info", n), n + ":*: compressed data is corrupt or truncated (");
        }));
        c.add(Arguments.of("place --out naming a file", (Setup) (dir, out) -> {
            Path file = write(dir, "results.txt", "keep me");
            return new Case(args("place", "--time-limit", "10m", "--out", file),
                    file + ": is a file; --out names the folder to write into");
        }));
        c.add(Arguments.of("compare --out naming a file", (Setup) (dir, out) -> {
            Path n = write(dir, "n.pb.txt", ct(true));
            Path file = write(dir, "results.txt", "keep me");
            return new Case(args("compare", n, "--methods", "sa", "--time-limit", "10m", "--out", file),
                    file + ": is a file; --out names the folder to write into");
        }));
        c.add(Arguments.of("a negative time limit", (Setup) (dir, out) -> new Case(
                args("place", "--time-limit", "-5s", "--out", out),
                "Invalid value for option '--time-limit': a time limit must be positive, not \"-5s\" "
                        + "(see 'macroplace place --help')")));
        c.add(Arguments.of("an unknown method", (Setup) (dir, out) -> new Case(
                args("place", "--method", "greedy+cdd", "--out", out),
                "unknown method \"cdd\"; did you mean \"cd\"? known: *, rl, and pipelines joined by '+' such as greedy+sa+cd")));
        c.add(Arguments.of("a mistyped command", (Setup) (dir, out) -> new Case(args("plase"),
                "unknown command 'plase'; did you mean 'place'? (see 'macroplace --help')")));
        c.add(Arguments.of("a mistyped option", (Setup) (dir, out) -> new Case(args("place", "--tiem-limit", "5s"),
                "unknown option '--tiem-limit'; did you mean '--time-limit'? (see 'macroplace place --help')")));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsOneLineWithFileAndLineExit2AndNoOutput(String name, Setup setup, @TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Case c = setup.make(dir, out);
        CliRun run = CliRun.of(c.args());
        assertEquals(2, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + run.err());
        String line = lines.get(0);
        // '*' in the expected text stands for any text (a line number that depends on the damage)
        String pattern = Arrays.stream(("error: " + c.expected()).split("\\*", -1)).map(Pattern::quote)
                .collect(Collectors.joining(".*")) + ".*";
        assertTrue(line.matches(pattern), "expected 'error: " + c.expected() + "...', got " + line);
        assertTrue(line.length() < 500, "a short line: " + line);
        assertFalse(line.contains("Exception"), line);
        assertTrue(line.chars().allMatch(ch -> ch >= 0x20 && ch != 0x7f), "printable: " + line);
        assertEquals("", run.out(), "nothing reported as written");
        assertFalse(Files.exists(out), "no output folder or file left behind");
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary files");
        }
    }

    /** A port and a macro with a pin; the macro has x and y only when {@code placed}. */
    static String ct(boolean placed) {
        return """
                node {
                  name: "p0"
                  input: "M0/a"
                  attr { key: "type" value { placeholder: "PORT" } }
                  attr { key: "side" value { placeholder: "LEFT" } }
                  attr { key: "x" value { f: 0 } }
                  attr { key: "y" value { f: 5 } }
                }
                node {
                  name: "M0"
                  attr { key: "type" value { placeholder: "MACRO" } }
                  attr { key: "width" value { f: 4 } }
                  attr { key: "height" value { f: 4 } }
                """ + (placed ? "  attr { key: \"x\" value { f: 20 } }\n  attr { key: \"y\" value { f: 20 } }\n" : "")
                + """
                }
                node {
                  name: "M0/a"
                  attr { key: "type" value { placeholder: "MACRO_PIN" } }
                  attr { key: "macro_name" value { placeholder: "M0" } }
                }
                """;
    }

    /** Line number of the first line containing {@code fragment}; for a name, the line of its node keyword. */
    static int lineOf(String text, String fragment) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(fragment)) {
                return fragment.startsWith("name:") ? i : i + 1;
            }
        }
        throw new AssertionError(fragment + " not in the text");
    }

    /** A small Bookshelf design (cells c1, c2, port p1 at .nodes line 6) with the given nets and .wts lines. */
    static Path bookshelf(Path dir, String nets, String weights) throws IOException {
        write(dir, "t.aux", "RowBasedPlacement : t.nodes t.nets t.wts t.pl t.scl\n");
        write(dir, "t.nodes", "UCLA nodes 1.0\nNumNodes : 3\nNumTerminals : 1\n\tc1\t2\t4\n\tc2\t2\t4\n\tp1\t0\t0\tterminal\n");
        write(dir, "t.nets", nets);
        write(dir, "t.wts", "UCLA wts 1.0\n" + weights);
        write(dir, "t.pl", "UCLA pl 1.0\nc1 10 20 : N\nc2 30 8 : N\np1 0 16 : N /FIXED\n");
        write(dir, "t.scl", "NumRows : 1\nCoreRow Horizontal\n Coordinate : 0\n Height : 40\n Sitewidth : 1\n"
                + " SubrowOrigin : 0 NumSites : 100\nEnd\n");
        return dir.resolve("t.aux");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String[] args(Object... parts) {
        String[] a = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            a[i] = parts[i].toString();
        }
        return a;
    }
}
