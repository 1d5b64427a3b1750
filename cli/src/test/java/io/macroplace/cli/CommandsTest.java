package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.netlist.testing.SharedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

    @Test
    void infoReportsAriane133CountsAsJson() throws Exception {
        Path netlist = SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz");
        Path plc = SharedDesigns.file("ariane133-ng45", "legalized.plc");
        CliRun run = CliRun.of("info", netlist.toString(), "--plc", plc.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = Json.MAPPER.readTree(run.out());
        assertEquals(495, j.get("ports").asInt());
        assertEquals(133, j.get("hard_macros").asInt());
        assertEquals(782, j.get("soft_macros").asInt());
        assertEquals(7847, j.get("hard_macro_pins").asInt());
        assertEquals(10630, j.get("soft_macro_pins").asInt());
        assertEquals(12422, j.get("nets").asInt());
        assertEquals(24, j.get("grid_cols").asInt());
        assertEquals(1433.406, j.get("canvas_width").asDouble());
        assertTrue(j.get("graph").get("edges").asInt() > 0);
    }

    @Test
    void costMatchesGoldenNumbersAsJson() throws Exception {
        Path netlist = SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz");
        Path plc = SharedDesigns.file("ariane133-ng45", "legalized.plc");
        CliRun run = CliRun.of("cost", netlist.toString(), "--plc", plc.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = Json.MAPPER.readTree(run.out());
        assertEquals(0.6859346216785913, j.get("proxy_cost").asDouble(), 1e-9 * 0.686);
        assertEquals(4763107.117000044, j.get("hpwl").asDouble(), 1e-9 * 4763107.117);
        assertEquals(24, j.get("settings").get("grid_cols").asInt());
        assertEquals(0, j.get("settings").get("smoothing").asInt());
    }

    @Test
    void costOptionsOverrideTheHeader() throws Exception {
        Path netlist = SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz");
        Path plc = SharedDesigns.file("ariane133-ng45", "legalized.plc");
        CliRun base = CliRun.of("cost", netlist.toString(), "--plc", plc.toString(), "--json");
        CliRun smoothed = CliRun.of("cost", netlist.toString(), "--plc", plc.toString(), "--json", "--smoothing", "2",
                "--cols", "30", "--rows", "30");
        assertEquals(0, smoothed.exitCode(), smoothed.err());
        JsonNode a = Json.MAPPER.readTree(base.out());
        JsonNode b = Json.MAPPER.readTree(smoothed.out());
        assertEquals(30, b.get("settings").get("grid_cols").asInt());
        assertEquals(2, b.get("settings").get("smoothing").asInt());
        assertEquals(a.get("hpwl").asDouble(), b.get("hpwl").asDouble(), 1e-6, "grid does not change HPWL");
        assertTrue(Math.abs(a.get("congestion_cost").asDouble() - b.get("congestion_cost").asDouble()) > 1e-6);
    }

    @Test
    void malformedNetlistIsOneLineWithFileAndLineAndExit2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.pb.txt");
        Files.writeString(bad, "node {\n  name: \"a\"\n  attr { key: \"type\" value { placeholder: \"PORT\" } }\n"
                + "  attr { key: \"x\" value { f: 1.2.3 } }\n}\n");
        CliRun run = CliRun.of("info", bad.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("error: " + bad + ":4: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void missingFileAndBadOptionExit2WithOneLine() {
        CliRun missing = CliRun.of("cost", "/no/such/netlist.pb.txt");
        assertEquals(2, missing.exitCode());
        assertEquals("error: /no/such/netlist.pb.txt: no such file", missing.err().strip());
        CliRun badOption = CliRun.of("cost", "x.pb.txt", "--cols", "many");
        assertEquals(2, badOption.exitCode());
        assertTrue(badOption.err().startsWith("error: "), badOption.err());
    }

    @Test
    void generateIsDeterministicAndReadable(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String[] opts = {"--hard-macros", "12", "--soft-macros", "30", "--ports", "20", "--seed", "5"};
        CliRun ra = CliRun.of(concat(new String[] {"generate", "--out", a.toString()}, opts));
        CliRun rb = CliRun.of(concat(new String[] {"generate", "--out", b.toString()}, opts));
        assertEquals(0, ra.exitCode(), ra.err());
        assertEquals(0, rb.exitCode(), rb.err());
        assertEquals(Files.readString(a.resolve("initial.plc")).lines().filter(l -> !l.startsWith("#")).toList(),
                Files.readString(b.resolve("initial.plc")).lines().filter(l -> !l.startsWith("#")).toList());
        CliRun info = CliRun.of("info", a.resolve("netlist.pb.txt.gz").toString(),
                "--plc", a.resolve("initial.plc").toString(), "--json");
        assertEquals(0, info.exitCode(), info.err());
        JsonNode j = Json.MAPPER.readTree(info.out());
        assertEquals(12, j.get("hard_macros").asInt());
        assertEquals(30, j.get("soft_macros").asInt());
        assertEquals(20, j.get("ports").asInt());
    }

    @Test
    void convertRoundTripCtBookshelfCtKeepsTheCost(@TempDir Path dir) throws Exception {
        Path netlist = SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz");
        Path plc = SharedDesigns.file("ariane133-ng45", "legalized.plc");
        Path aux = dir.resolve("bs").resolve("ariane.aux");
        CliRun toBookshelf = CliRun.of("convert", netlist.toString(), "--plc", plc.toString(), aux.toString());
        assertEquals(0, toBookshelf.exitCode(), toBookshelf.err());
        Path back = dir.resolve("ct").resolve("ariane.pb.txt");
        CliRun toCt = CliRun.of("convert", aux.toString(), back.toString());
        assertEquals(0, toCt.exitCode(), toCt.err());
        assertTrue(Files.isRegularFile(dir.resolve("ct").resolve("ariane.plc")));

        CliRun original = CliRun.of("info", netlist.toString(), "--json");
        CliRun converted = CliRun.of("info", back.toString(), "--json");
        JsonNode a = Json.MAPPER.readTree(original.out());
        JsonNode b = Json.MAPPER.readTree(converted.out());
        for (String key : new String[] {"ports", "hard_macros", "soft_macros", "hard_macro_area", "soft_macro_area"}) {
            assertEquals(a.get(key).asDouble(), b.get(key).asDouble(), 1e-6, key);
        }
        // HPWL depends only on pin positions and net membership: a faithful round trip keeps it.
        String[] settings = {"--width", "1433.406", "--height", "1433.406", "--cols", "24", "--rows", "21"};
        JsonNode costA = Json.MAPPER.readTree(CliRun.of(concat(new String[] {"cost", netlist.toString(), "--plc",
                plc.toString(), "--json"}, settings)).out());
        JsonNode costB = Json.MAPPER.readTree(CliRun.of(concat(new String[] {"cost", back.toString(), "--plc",
                dir.resolve("ct").resolve("ariane.plc").toString(), "--json"}, settings)).out());
        assertEquals(costA.get("hpwl").asDouble(), costB.get("hpwl").asDouble(), 1e-6 * costA.get("hpwl").asDouble());
        assertEquals(costA.get("density_cost").asDouble(), costB.get("density_cost").asDouble(), 1e-9);
    }

    @Test
    void placeWritesALegalPlacementWhoseCostTheCostCommandReproduces(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("place");
        CliRun run = CliRun.of("place", "--method", "greedy+sa", "--time-limit", "3s", "--seed", "3",
                "--out", out.toString(), "--quiet", "--cols", "11", "--rows", "11");
        assertEquals(0, run.exitCode(), run.err());
        for (String f : new String[] {"placement.plc", "layout.png", "layout.svg", "report.json"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
        assertTrue(report.get("legal").asBoolean());
        assertEquals("greedy+sa", report.get("method").asText());
        CliRun cost = CliRun.of("cost", SampleDesign.netlist().toString(), "--plc", out.resolve("placement.plc").toString(),
                "--json");
        assertEquals(0, cost.exitCode(), cost.err());
        JsonNode c = Json.MAPPER.readTree(cost.out());
        assertEquals(report.get("proxy_cost").asDouble(), c.get("proxy_cost").asDouble(), 1e-9,
                "the written .plc scores what the report says");
        CliRun initial = CliRun.of("cost", SampleDesign.netlist().toString(), "--plc", SampleDesign.plc().toString(),
                "--json");
        assertTrue(c.get("proxy_cost").asDouble() < Json.MAPPER.readTree(initial.out()).get("proxy_cost").asDouble(),
                "placing improves on the shelf-packed start");
    }

    @Test
    void placeRecordsCustomWeightsAndPinModeSoThatCostOnItsPlcAgrees(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("w");
        // cd flips macros under --orient-pins, so the pin mode matters for the cost too
        CliRun run = CliRun.of("place", "--method", "greedy+cd", "--time-limit", "2s", "--seed", "1",
                "--out", out.toString(), "--quiet", "--weights", "1,1,1", "--orient-pins");
        assertEquals(0, run.exitCode(), run.err());
        double reported = Json.MAPPER.readTree(out.resolve("report.json").toFile()).get("proxy_cost").asDouble();
        Path plc = out.resolve("placement.plc");
        String text = Files.readString(plc);
        assertTrue(text.contains("\n# Cost weights, wirelength : 1  density : 1  congestion : 1\n"), text);
        assertTrue(text.contains("\n# Pin mode : oriented\n"), text);
        assertTrue(text.contains("\n# Proxy cost : " + reported + "\n"), "the header's proxy is the report's");
        assertTrue(text.lines().filter(l -> !l.startsWith("#")).anyMatch(l -> l.matches(".* (FN|S|FS) [01]")),
                "some macro was flipped");

        CliRun cost = CliRun.of("cost", SampleDesign.netlist().toString(), "--plc", plc.toString(), "--json");
        assertEquals(0, cost.exitCode(), cost.err());
        JsonNode c = Json.MAPPER.readTree(cost.out());
        assertEquals(reported, c.get("proxy_cost").asDouble(), 1e-12 * reported, "cost reads the weights back");
        assertEquals("oriented", c.get("settings").get("pin_mode").asText());
        assertEquals(1.0, c.get("settings").get("weights").get(1).asDouble());
        // the recorded settings are what makes the numbers agree: the defaults score the file differently
        JsonNode weightsOnly = Json.MAPPER.readTree(CliRun.of("cost", SampleDesign.netlist().toString(), "--plc",
                plc.toString(), "--json", "--weights", "1,0.5,0.5").out());
        JsonNode pinsOnly = Json.MAPPER.readTree(CliRun.of("cost", SampleDesign.netlist().toString(), "--plc",
                plc.toString(), "--json", "--no-orient-pins").out());
        assertTrue(Math.abs(weightsOnly.get("proxy_cost").asDouble() - reported) > 1e-3, weightsOnly.toString());
        assertTrue(Math.abs(pinsOnly.get("proxy_cost").asDouble() - reported) > 1e-9, pinsOnly.toString());
        assertEquals("default", pinsOnly.get("settings").get("pin_mode").asText());
    }

    @Test
    void bookshelfDesignsArePlacedInTheMaskPlaceSetting(@TempDir Path dir) throws Exception {
        Path aux = dir.resolve("bs").resolve("sample.aux");
        assertEquals(0, CliRun.of("convert", SampleDesign.netlist().toString(), "--plc", SampleDesign.plc().toString(),
                aux.toString()).exitCode());
        CliRun random = CliRun.of("place", aux.toString(), "--method", "random", "--out", dir.resolve("r").toString(),
                "--json", "--seed", "1");
        CliRun greedy = CliRun.of("place", aux.toString(), "--method", "greedy", "--out", dir.resolve("g").toString(),
                "--json", "--seed", "1");
        assertEquals(0, random.exitCode(), random.err());
        assertEquals(0, greedy.exitCode(), greedy.err());
        double r = Json.MAPPER.readTree(random.out()).get("macro_hpwl_1e5").asDouble();
        double g = Json.MAPPER.readTree(greedy.out()).get("macro_hpwl_1e5").asDouble();
        assertTrue(g > 0 && g < r, "greedy " + g + " vs random " + r);
        String header = Files.readString(dir.resolve("g").resolve("placement.plc"));
        assertTrue(header.contains("\n# Macro HPWL (1e5) : " + g + "\n"), header);
        assertFalse(header.contains("Proxy cost"), "macro HPWL is not called a proxy cost");
        String svg = Files.readString(dir.resolve("g").resolve("layout.svg"));
        assertTrue(svg.contains(String.format(java.util.Locale.ROOT, "greedy, macro HPWL %.4f x 1e5", g)), "picture title");
        assertFalse(svg.contains("proxy"), "picture title");
    }

    @Test
    void aMoveBudgetMakesAnnealingRepeatExactly(@TempDir Path dir) throws Exception {
        String[] plcs = new String[3];
        String[] args = {"place", "--method", "greedy+sa", "--sa-moves", "30000", "--threads", "2", "--seed", "4",
            "--quiet", "--out"};
        for (int i = 0; i < 3; i++) {
            Path out = dir.resolve("run" + i);
            // the third run has a longer time limit: with a move budget the clock does not matter
            CliRun run = CliRun.of(concat(args, new String[] {out.toString(), "--time-limit", i < 2 ? "1m" : "5m"}));
            assertEquals(0, run.exitCode(), run.err());
            JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
            assertEquals(30000, report.get("sa_moves").asLong());
            assertEquals(30000, report.get("search_moves").asLong(), "evaluated moves, both threads together");
            assertEquals(2, report.get("threads").asInt());
            assertTrue(report.get("moves_per_second").asDouble() > 0);
            assertFalse(report.get("stopped_early").asBoolean());
            plcs[i] = Files.readString(out.resolve("placement.plc"));
        }
        assertEquals(plcs[0], plcs[1]);
        assertEquals(plcs[0], plcs[2]);
        CliRun other = CliRun.of("place", "--method", "greedy+sa", "--sa-moves", "30000", "--threads", "2", "--seed",
                "5", "--quiet", "--out", dir.resolve("seed5").toString());
        assertEquals(0, other.exitCode(), other.err());
        assertNotEquals(plcs[0], Files.readString(dir.resolve("seed5").resolve("placement.plc")), "the seed matters");

        CliRun bad = CliRun.of("place", "--method", "sa", "--sa-moves", "0", "--out", dir.resolve("bad").toString());
        assertEquals(2, bad.exitCode());
        assertEquals("error: --sa-moves must be at least 1", bad.err().strip());
    }

    @Test
    void anUnknownMethodIsOneLineListingEveryMethodRlIncluded() {
        String known = "known: random, greedy, ea, sa, cd, rl, and pipelines joined by '+' such as greedy+sa+cd";
        CliRun place = CliRun.of("place", "--method", "greedy+annealing", "--out", "unused");
        assertEquals(2, place.exitCode());
        assertEquals("error: unknown method \"annealing\"; " + known, place.err().strip());
        CliRun compare = CliRun.of("compare", SampleDesign.netlist().toString(), "--methods", "greedy,foo", "--out",
                "unused");
        assertEquals(2, compare.exitCode());
        assertEquals("error: unknown method \"foo\"; " + known, compare.err().strip());
    }

    @Test
    void aMistypedMethodGetsTheNearestName() {
        String known = "known: random, greedy, ea, sa, cd, rl, and pipelines joined by '+' such as greedy+sa+cd";
        CliRun place = CliRun.of("place", "--method", "gredy+sa+cd", "--out", "unused");
        assertEquals(2, place.exitCode());
        assertEquals("error: unknown method \"gredy\"; did you mean \"greedy\"? " + known, place.err().strip());
        CliRun compare = CliRun.of("compare", SampleDesign.netlist().toString(), "--methods", "greedy,sa+dc", "--out",
                "unused");
        assertEquals(2, compare.exitCode());
        assertEquals("error: unknown method \"dc\"; did you mean \"cd\"? " + known, compare.err().strip());
        CliRun rl = CliRun.of("place", "--method", "RLL", "--out", "unused");
        assertEquals("error: unknown method \"rll\"; did you mean \"rl\"? " + known, rl.err().strip());
    }

    static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
