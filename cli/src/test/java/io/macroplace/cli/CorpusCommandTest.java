package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.Legality;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.generate.CorpusGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.testing.NetlistAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate --corpus}: a seeded family of designs, each written and read back unchanged. */
class CorpusCommandTest {

    @Test
    void corpusDesignsRoundTripAreLegalAndDiffer(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("generate", "--corpus", "3", "--seed", "5", "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote 3 designs and " + dir.resolve("corpus.json")), run.out());
        JsonNode index = Json.MAPPER.readTree(dir.resolve("corpus.json").toFile());
        assertEquals(3, index.get("designs").size());
        Set<Integer> hardCounts = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            Path design = dir.resolve(String.format("design-%03d", i));
            GeneratorConfig expected = CorpusGenerator.member(5, i);
            assertEquals(expected, Json.MAPPER.readValue(design.resolve("generate.json").toFile(), GeneratorConfig.class),
                    "generate.json records the member's settings");
            GeneratedDesign g = CorpusGenerator.design(5, i);
            Design read = DesignReader.read(design.resolve("netlist.pb.txt.gz"), design.resolve("initial.plc"));
            NetlistAssertions.assertSameGeometryAndNets(g.netlist(), g.plc().placement(), read.netlist(),
                    read.plc().placement());
            Netlist n = read.netlist();
            int hard = n.count(NodeKind.HARD_MACRO);
            assertTrue(hard >= CorpusGenerator.MIN_HARD && hard <= CorpusGenerator.MAX_HARD, "hard macros " + hard);
            assertEquals(index.get("designs").get(i).get("hardMacros").asInt(), hard);
            hardCounts.add(hard);
            Canvas canvas = Canvas.of(read.plc().header());
            assertTrue(Legality.check(n, read.plc().placement(), canvas).legal(), "initial placement of " + design);
            assertTrue(portsOnAllFourSides(n, read, canvas), "ports on all four edges of " + design);
        }
        assertEquals(3, hardCounts.size(), "three different designs");
    }

    private static boolean portsOnAllFourSides(Netlist n, Design d, Canvas c) {
        boolean left = false;
        boolean right = false;
        boolean bottom = false;
        boolean top = false;
        for (int p : n.nodesOf(NodeKind.PORT)) {
            double x = d.plc().placement().x(p);
            double y = d.plc().placement().y(p);
            left |= x == 0;
            right |= Math.abs(x - c.width()) < 1e-6;
            bottom |= y == 0;
            top |= Math.abs(y - c.height()) < 1e-6;
        }
        return left && right && bottom && top;
    }

    @Test
    void corpusRefusesSingleDesignOptions(@TempDir Path dir) {
        CliRun run = CliRun.of("generate", "--corpus", "2", "--hard-macros", "10", "--out", dir.resolve("c").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: --corpus draws every design's settings itself; drop --hard-macros"),
                run.err());
        assertFalse(Files.exists(dir.resolve("c")));
    }
}
