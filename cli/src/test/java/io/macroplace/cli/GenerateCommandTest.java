package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.plc.PlcWriter;
import io.macroplace.netlist.testing.NetlistAssertions;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    /** The command designs/README.md gives for the sample. */
    private static final String[] SAMPLE_OPTIONS = {"--hard-macros", "32", "--soft-macros", "160", "--ports", "96",
        "--seed", "42"};

    @Test
    void theCommittedSampleIsWhatItsRecordedConfigGenerates() throws Exception {
        Path sample = SampleDesign.netlist().getParent();
        GeneratorConfig recorded = Json.MAPPER.readValue(sample.resolve("generate.json").toFile(), GeneratorConfig.class);
        GeneratedDesign g = DesignGenerator.generate(recorded);
        StringWriter netlist = new StringWriter();
        CtNetlistWriter.write(g.netlist(), g.plc().placement(), netlist);
        StringWriter plc = new StringWriter();
        PlcWriter.write(plc, g.netlist(), g.plc());
        assertEquals(gunzip(sample.resolve("netlist.pb.txt.gz")), netlist.toString(), "netlist.pb.txt.gz is stale");
        assertEquals(Files.readString(sample.resolve("initial.plc")), plc.toString(), "initial.plc is stale");
    }

    @Test
    void theReadmeCommandRegeneratesTheSampleFileForFile(@TempDir Path dir) throws Exception {
        Path sample = SampleDesign.netlist().getParent();
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("generate", "--out", dir.toString()),
                java.util.Arrays.stream(SAMPLE_OPTIONS)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(Files.readString(sample.resolve("generate.json")), Files.readString(dir.resolve("generate.json")));
        assertEquals(Files.readString(sample.resolve("initial.plc")), Files.readString(dir.resolve("initial.plc")));
        assertEquals(gunzip(sample.resolve("netlist.pb.txt.gz")), gunzip(dir.resolve("netlist.pb.txt.gz")));
        assertTrue(run.out().contains("(32 hard macros, 160 soft macros, 96 ports, 2,746 nets, 10,361 net pins)"),
                run.out());
    }

    @Test
    void bookshelfOptionWritesTheSameDesignAsBookshelf(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("generate", "--hard-macros", "6", "--soft-macros", "9", "--ports", "5", "--seed", "3",
                "--bookshelf", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        for (String f : List.of("netlist.pb.txt.gz", "initial.plc", "generate.json", "netlist.aux", "netlist.nodes",
                "netlist.nets", "netlist.wts", "netlist.pl", "netlist.scl")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertTrue(run.out().contains("wrote " + dir.resolve("netlist.aux") + " (Bookshelf)"), run.out());
        Design ct = DesignReader.read(dir.resolve("netlist.pb.txt.gz"), dir.resolve("initial.plc"));
        BookshelfDesign bs = BookshelfReader.read(dir.resolve("netlist.aux"));
        Netlist a = ct.netlist();
        assertEquals(a.netPinCount(), bs.netlist().netPinCount());
        NetlistAssertions.assertSameGeometryAndNets(a, ct.plc().placement(), bs.netlist(), bs.plc().placement());
        assertEquals(6 + 9 + 5, a.nodeCount() - a.count(NodeKind.HARD_MACRO_PIN) - a.count(NodeKind.SOFT_MACRO_PIN));
        JsonNode json = Json.MAPPER.readTree(CliRun.of("generate", "--hard-macros", "6", "--soft-macros", "9", "--ports",
                "5", "--seed", "3", "--bookshelf", "--json", "--out", dir.resolve("j").toString()).out());
        assertEquals(dir.resolve("j").resolve("netlist.aux").toString(), json.get("bookshelf").asText());
    }

    @Test
    void smallDesignsGenerate(@TempDir Path dir) throws Exception {
        for (String seed : new String[] {"1", "4"}) { // both failed with "hard macros do not fit"
            Path out = dir.resolve("s" + seed);
            CliRun run = CliRun.of("generate", "--hard-macros", "2", "--soft-macros", "2", "--ports", "2", "--seed", seed,
                    "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            Netlist n = CtNetlistReader.read(out.resolve("netlist.pb.txt.gz"));
            assertEquals(2 + 2 + 2 + 2 * 59 + 2 * 14, n.nodeCount());
            CliRun cost = CliRun.of("cost", out.resolve("netlist.pb.txt.gz").toString(), "--plc",
                    out.resolve("initial.plc").toString(), "--json");
            assertEquals(0, cost.exitCode(), cost.err());
            assertTrue(Double.isFinite(Json.MAPPER.readTree(cost.out()).get("proxy_cost").asDouble()));
        }
    }

    static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
