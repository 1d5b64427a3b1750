package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and render run end to end on the built-in sample design. */
class CompareAndRenderCommandsTest {

    private static JsonNode cost(Path plc, String... options) throws Exception {
        CliRun run = CliRun.of(CommandsTest.concat(new String[] {"cost", SampleDesign.netlist().toString(), "--plc",
            plc.toString(), "--json"}, options));
        assertEquals(0, run.exitCode(), run.err());
        return Json.MAPPER.readTree(run.out());
    }

    /** Cells of the Markdown table rows, by the row's first cell. */
    private static Map<String, List<String>> table(Path markdown) throws Exception {
        Map<String, List<String>> rows = new HashMap<>();
        for (String line : Files.readAllLines(markdown)) {
            if (line.startsWith("| ") && !line.startsWith("| ---") && !line.startsWith("| Method")) {
                List<String> cells = List.of(line.substring(1, line.length() - 1).split("\\|")).stream()
                        .map(String::trim).toList();
                rows.put(cells.get(0), cells);
            }
        }
        return rows;
    }

    /** Asserts that a table cell is {@code value} rounded to the cell's decimals. */
    private static void assertShows(double value, String cell, String what) {
        BigDecimal shown = new BigDecimal(cell);
        double half = 0.5 * Math.pow(10, -shown.scale());
        assertTrue(Math.abs(shown.doubleValue() - value) <= half + 1e-12, what + ": table " + cell + ", cost " + value);
        assertTrue(shown.precision() >= 4 || shown.scale() == 0, what + " shows too few digits: " + cell);
    }

    @Test
    void runsSideBySideGiveTheSameResultsAsOneAtATime(@TempDir Path dir) throws Exception {
        Map<String, Double> proxy = new HashMap<>();
        for (String jobs : new String[] {"1", "3"}) {
            CliRun run = CliRun.of("compare", SampleDesign.netlist().toString(), "--plc", SampleDesign.plc().toString(),
                    "--methods", "greedy,sa", "--seeds", "2", "--sa-moves", "4000", "--threads", "2", "--jobs", jobs,
                    "--time-limit", "2m", "--out", dir.resolve("jobs" + jobs).toString(), "--json");
            assertEquals(0, run.exitCode(), run.err());
            JsonNode runs = Json.MAPPER.readTree(run.out()).get("runs");
            assertEquals(4, runs.size());
            for (JsonNode r : runs) {
                String key = r.get("method").asText() + "/" + r.get("seed").asInt();
                Double before = proxy.put(key, r.get("proxy_cost").asDouble());
                assertTrue(before == null || before == r.get("proxy_cost").asDouble(), key + ": " + before + " vs "
                        + r.get("proxy_cost").asDouble() + " with --jobs " + jobs);
                assertEquals(r.get("method").asText().equals("sa") ? 4000 : 0, r.get("search_moves").asLong(), key);
            }
        }
        assertTrue(proxy.get("sa/1") < proxy.get("greedy/1") && proxy.get("sa/1") != proxy.get("sa/2"), proxy.toString());
    }

    @Test
    void compareWritesItsReportsAndPlacementsWhoseCostsAreTheTable(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cmp");
        CliRun run = CliRun.of("compare", SampleDesign.netlist().toString(), "--plc", SampleDesign.plc().toString(),
                "--methods", "random,greedy", "--seeds", "1", "--time-limit", "2s", "--out", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = Json.MAPPER.readTree(run.out());
        for (String f : new String[] {"report.md", "report.html", "layout-input.png", "layout-random.png",
            "layout-greedy.png", "placement-random.plc", "placement-greedy.plc"}) {
            assertTrue(Files.isRegularFile(out.resolve(f)) && Files.size(out.resolve(f)) > 0, f);
        }
        Map<String, List<String>> table = table(out.resolve("report.md"));
        assertEquals(Set.of("initial.plc (input)", "random", "greedy"), table.keySet());
        JsonNode runs = j.get("runs");
        assertEquals(2, runs.size());
        for (JsonNode r : runs) {
            String method = r.get("method").asText();
            Path plc = Path.of(j.get("placements").get(method).asText());
            assertEquals(out.resolve("placement-" + method + ".plc"), plc);
            JsonNode c = cost(plc);
            assertEquals(c.get("proxy_cost").asDouble(), r.get("proxy_cost").asDouble(), 1e-12, method);
            assertEquals(c.get("hpwl").asDouble(), r.get("hpwl").asDouble(), 1e-6, method);
            List<String> row = table.get(method);
            assertEquals("1", row.get(1), method + " seeds");
            assertShows(c.get("proxy_cost").asDouble(), row.get(2).replace("**", ""), method + " proxy");
            assertShows(c.get("wirelength_cost").asDouble(), row.get(3), method + " wirelength");
            assertShows(c.get("density_cost").asDouble(), row.get(4), method + " density");
            assertShows(c.get("congestion_cost").asDouble(), row.get(5), method + " congestion");
            assertShows(c.get("hpwl").asDouble(), row.get(6), method + " hpwl");
            assertEquals("yes", row.get(8), method);
        }
        JsonNode input = cost(SampleDesign.plc());
        assertShows(input.get("proxy_cost").asDouble(), table.get("initial.plc (input)").get(2), "input proxy");
    }

    @Test
    void renderDrawsPngAndSvgOverACongestionHeatmapOfTheGrid(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("sample.png");
        Path svg = dir.resolve("sample.svg");
        String[] common = {"render", SampleDesign.netlist().toString(), "--plc", SampleDesign.plc().toString(),
            "--heatmap", "congestion", "--cols", "13", "--rows", "9"};
        CliRun a = CliRun.of(CommandsTest.concat(common, new String[] {"--out", png.toString()}));
        CliRun b = CliRun.of(CommandsTest.concat(common, new String[] {"--out", svg.toString()}));
        assertEquals(0, a.exitCode(), a.err());
        assertEquals(0, b.exitCode(), b.err());
        assertEquals("wrote " + png, a.out().strip());

        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null, "the PNG decodes");
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") || text.startsWith("<svg"), text.substring(0, 40));
        Matcher size = Pattern.compile("<svg[^>]* width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(text);
        assertTrue(size.find(), "svg size");
        assertEquals(img.getWidth(), Math.round(Double.parseDouble(size.group(1))), "same width as the PNG");
        assertEquals(img.getHeight(), Math.round(Double.parseDouble(size.group(2))), "same height as the PNG");
        assertTrue(Math.max(img.getWidth(), img.getHeight()) >= 400 && img.getWidth() * img.getHeight() < 4_000_000,
                img.getWidth() + " x " + img.getHeight());

        Matcher cells = Pattern.compile("class=\"heat-cell\"").matcher(text);
        int count = 0;
        while (cells.find()) {
            count++;
        }
        assertEquals(13 * 9, count, "one heatmap cell per grid cell");
        // the subtitle names the proxy cost that cost computes under the same settings
        double proxy = cost(SampleDesign.plc(), "--cols", "13", "--rows", "9").get("proxy_cost").asDouble();
        assertTrue(text.contains(String.format(java.util.Locale.ROOT, "proxy %.4f", proxy)), "subtitle proxy");
        assertTrue(text.contains("congestion heatmap"));
        // a heatmap under the canvas: the PNG has many colours, not a blank picture
        Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, colours.size() + " colours");
    }
}
