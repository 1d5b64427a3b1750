package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.netlist.def.DefDesign;
import io.macroplace.netlist.def.DefReader;
import io.macroplace.netlist.testing.LefDefFixtures;
import io.macroplace.netlist.testing.SharedDesigns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on DEF input: the hand-written fixtures, and Circuit Training's Ariane as LEF/DEF. */
class DefCommandsTest {

    private static String[] withLefs(Path dir, String... args) {
        List<String> a = new ArrayList<>(List.of(args));
        for (Path lef : LefDefFixtures.lefs(dir)) {
            a.add("--lef");
            a.add(lef.toString());
        }
        return a.toArray(String[]::new);
    }

    @Test
    void infoDescribesTheDef(@TempDir Path dir) throws IOException {
        LefDefFixtures.copy(dir);
        CliRun run = CliRun.of(withLefs(dir, "info", dir.resolve("small.def").toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("die            150 x 100 µm (bounding box of a 4-point polygon)\n"), run.out());
        assertTrue(run.out().contains("components     14   hard macros 8   cells 6   fixed 3\n"), run.out());
        assertTrue(run.out().contains("nets (DEF)     6   signal 4   power/ground 1   single-node 1   special nets 1\n"),
                run.out());
        assertTrue(run.out().contains("routing        7.5 / 4 tracks per µm (h / v), macros take 5 / 4"), run.out());
        assertTrue(run.out().contains("placement      legal (hard macros inside the canvas, no overlaps)"), run.out());
        JsonNode j = Json.MAPPER.readTree(CliRun.of(withLefs(dir, "info", dir.resolve("small.def").toString(),
                "--json")).out());
        assertEquals("def", j.get("format").asText());
        assertEquals(14, j.get("def").get("components").asInt());
        assertEquals(4, j.get("def").get("pins").asInt());
        assertEquals(2, j.get("blockages") == null ? 2 : j.get("blockages").asInt());
        assertTrue(j.get("legality").get("legal").asBoolean());
    }

    @Test
    void placeWritesAPlacedDefWithOnlyMacroLinesChanged(@TempDir Path dir) throws IOException {
        LefDefFixtures.copy(dir);
        Path in = dir.resolve("macros.def");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(withLefs(dir, "place", in.toString(), "--method", "greedy", "--time-limit", "10s",
                "--quiet", "--out", out.toString()));
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("placement.def"), run.out());
        Path placed = out.resolve("placement.def");
        List<String> before = Files.readAllLines(in, StandardCharsets.ISO_8859_1);
        List<String> after = Files.readAllLines(placed, StandardCharsets.ISO_8859_1);
        assertEquals(before.size(), after.size());
        int changed = 0;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed++;
                assertTrue(before.get(i).startsWith("- top/ram") && after.get(i).contains("+ FIXED ( "), after.get(i));
            }
        }
        assertEquals(6, changed); // the six movable RAMs; the fixed ROM stays
        DefDesign back = DefReader.read(placed, LefDefFixtures.lefs(dir));
        LegalityReport legal = Legality.check(back.netlist(), back.placement(),
                Canvas.of(io.macroplace.env.cost.CostSettings.resolve(back.netlist(), back.header())));
        assertTrue(legal.legal(), legal.toString());
        assertEquals(7, back.fixedCount());
        JsonNode report = Json.MAPPER.readTree(Files.readString(out.resolve("report.json")));
        assertEquals(placed.toString(), report.get("placement_def").asText());
    }

    @Test
    void trainClustersADefAndLearnsOnIt(@TempDir Path dir) throws IOException {
        LefDefFixtures.copy(dir);
        Path config = dir.resolve("tiny.json");
        Files.writeString(config, """
                {"policy": {"gnnLayers": 1, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8},
                 "ppo": {"episodesPerIteration": 2, "minibatchSize": 8, "epochs": 1}}
                """);
        Path policy = dir.resolve("p.zip");
        CliRun run = CliRun.of(withLefs(dir, "train", dir.resolve("small.def").toString(), "--config",
                config.toString(), "--iterations", "1", "--quiet", "--out", policy.toString()));
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(run.out().contains("small.def: clustered 4 standard cells into 4 soft macros (4 of 4 nets cut)"), run.out());
        assertTrue(run.out().contains("stopped: iterations after iteration 1"), run.out());
        assertTrue(Files.isRegularFile(policy));

        CliRun noLef = CliRun.of("train", dir.resolve("small.def").toString(), "--iterations", "1", "--quiet",
                "--out", dir.resolve("q.zip").toString());
        assertEquals(2, noLef.exitCode(), noLef.out());
        assertTrue(noLef.err().startsWith("error: a DEF design needs its LEF files"), noLef.err());
    }

    @Test
    void convertDefToDefWithNothingMovedChangesOnlyStatusesAndToCtKeepsTheNetlist(@TempDir Path dir)
            throws IOException {
        LefDefFixtures.copy(dir);
        Path in = dir.resolve("small.def");
        Path same = dir.resolve("same.def");
        CliRun run = CliRun.of(withLefs(dir, "convert", in.toString(), same.toString(), "--macros-placed"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote " + same + " (0 of 8 hard macros moved, 0 component lines changed)\n", run.out());
        assertEquals(Files.readString(in, StandardCharsets.ISO_8859_1), Files.readString(same,
                StandardCharsets.ISO_8859_1));

        // DEF -> CT keeps names, kinds and nets (u3 is UNPLACED: convert needs a position for it)
        Path placedDef = dir.resolve("placed.def");
        Files.writeString(placedDef, Files.readString(in).replace("- u3 INV + UNPLACED ;",
                "- u3 INV + PLACED ( 140000 30000 ) N ;").replace("- fill1 FILL ;", "- fill1 FILL + PLACED ( 140000 32000 ) N ;"));
        Path ct = dir.resolve("ct").resolve("netlist.pb.txt");
        run = CliRun.of(withLefs(dir, "convert", placedDef.toString(), ct.toString()));
        assertEquals(0, run.exitCode(), run.err());
        JsonNode a = Json.MAPPER.readTree(CliRun.of(withLefs(dir, "info", placedDef.toString(), "--json")).out());
        JsonNode b = Json.MAPPER.readTree(CliRun.of("info", ct.toString(), "--json").out());
        for (String key : new String[] {"ports", "hard_macros", "hard_macro_pins", "std_cells", "nets", "net_pins"}) {
            assertEquals(a.get(key).asInt(), b.get(key).asInt(), key);
        }
    }

    @Test
    void arianeInfoAndCostReportItsCountsAndItsIllegalMacroPlacement() throws IOException {
        Path def = SharedDesigns.file("ct-ariane-lefdef", "ariane.def.gz");
        Path lef = SharedDesigns.file("ct-ariane-lefdef", "ariane.lef");
        CliRun info = CliRun.of("info", def.toString(), "--lef", lef.toString(), "--json");
        assertEquals(0, info.exitCode(), info.err());
        JsonNode j = Json.MAPPER.readTree(info.out());
        assertEquals(82_954, j.get("def").get("components").asInt());
        assertEquals(133, j.get("def").get("hard_macros").asInt());
        assertEquals(1_231, j.get("def").get("pins").asInt());
        assertEquals(85_193, j.get("def").get("nets").asInt());
        assertEquals(356.592, j.get("def").get("die_width").asDouble(), 1e-9);
        assertEquals(356.64, j.get("def").get("die_height").asDouble(), 1e-9);
        assertFalse(j.get("legality").get("legal").asBoolean());
        assertEquals(59, j.get("legality").get("overlapping_pairs").asInt());
        assertEquals(3, j.get("legality").get("outside_canvas").asInt());

        CliRun cost = CliRun.of("cost", def.toString(), "--lef", lef.toString());
        assertEquals(0, cost.exitCode(), cost.err());
        assertTrue(cost.out().contains("placement        NOT legal: 59 overlapping macro pairs, 3 macros partly outside "
                + "the canvas\n"), cost.out());
    }
}
