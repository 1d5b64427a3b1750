package io.macroplace.cli.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class CompareReportWriterTest {
    @TempDir
    Path dir;

    private static SeedResult run(double proxy, double hpwl, double seconds, boolean legal) {
        return new SeedResult(0.07, 0.5, 0.7, proxy, hpwl, seconds, legal);
    }

    private static CompareReport report() {
        CompareRow input = CompareRow.input("legalized.plc", run(0.6859, 4763107, 0, true))
                .withLayoutImage("layouts/input.png");
        CompareRow anneal = CompareRow.of("sa|fast", List.of(run(0.65, 4.70e6, 10, true), run(0.66, 4.72e6, 12, true),
                run(0.64, 4.68e6, 11, true))).withLayoutImage("layouts/anneal best.png");
        CompareRow random = CompareRow.of("<random>&", List.of(run(1.2, 9e6, 1, false), run(1.4, 9.4e6, 1, true)));
        return new CompareReport("ariane133-ng45", List.of("grid 24 x 21", "weights 1 / 0.5 / 0.5"),
                List.of(input, anneal, random));
    }

    /** Splits a Markdown table row on pipes that are not escaped. */
    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return List.of(inner.split("(?<!\\\\)\\|")).stream().map(String::trim).toList();
    }

    @Test
    void markdownTableHasOneRowPerMethodAndBoldsOnlyTheBestProxy() throws Exception {
        CompareReportWriter.Written w = new CompareReportWriter().write(dir, report());
        List<String> lines = Files.readAllLines(w.markdown());
        assertEquals("# ariane133-ng45", lines.get(0));
        List<String> table = lines.stream().filter(l -> l.startsWith("|")).toList();
        assertEquals(2 + 3, table.size(), "header, separator, three rows");
        assertEquals(CompareTable.HEADERS, cells(table.get(0)));

        List<String> input = cells(table.get(2));
        List<String> anneal = cells(table.get(3));
        List<String> random = cells(table.get(4));
        assertEquals(9, anneal.size(), "the escaped pipe in the name does not split the row");
        assertEquals("legalized.plc (input)", input.get(0));
        assertEquals("sa\\|fast", anneal.get(0));
        assertEquals("3", anneal.get(1));
        // mean 0.65, sample std 0.01 over 0.65, 0.66, 0.64
        assertEquals("**0.6500 \u00b1 0.0100**", anneal.get(2));
        assertEquals("0.6859", input.get(2));
        assertEquals("1.300 \u00b1 0.141", random.get(2), "the std takes the mean's decimals");
        assertEquals("4700000 \u00b1 20000", anneal.get(6));
        assertEquals("\u2013", input.get(7), "the input placement has no runtime");
        assertEquals("yes", anneal.get(8));
        assertEquals("1/2", random.get(8));
        assertEquals(1, table.stream().filter(l -> l.contains("**")).count());
        assertTrue(lines.contains("![proxy cost by method](proxy-cost.png)"));
        assertTrue(lines.contains("![sa|fast](layouts/anneal%20best.png)"));
    }

    @Test
    void htmlHasTheTableTheInlineChartAndTheLayoutReferences() throws Exception {
        CompareReportWriter.Written w = new CompareReportWriter().write(dir, report());
        String html = Files.readString(w.html());
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<table class=\"compare\">"));
        String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertEquals(3, count(body, "<tr"));
        assertEquals(1, count(html, "<strong>"));
        assertTrue(html.contains("<td class=\"num best\"><strong>0.6500 \u00b1 0.0100</strong></td>"));
        assertTrue(html.contains("<td>&lt;random&gt;&amp;</td>"), "names are escaped");
        assertFalse(html.contains("<random>"));
        assertTrue(html.contains("<img src=\"layouts/input.png\""));
        assertTrue(html.contains("<img src=\"layouts/anneal%20best.png\""));
        assertEquals(2, count(html, "<figure>"), "only rows with a picture get a figure");

        // The inline chart is well-formed SVG with one bar per row.
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find());
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, LayoutRendererTest.withClass(svg, "rect", "bar").size());

        assertEquals(ChartStyle.DEFAULT.width(), ImageIO.read(w.chartPng().toFile()).getWidth());
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(w.chartSvg().toFile());
    }

    /** With its pictures in place the page carries them as data URIs, so the one file can be mailed. */
    @Test
    void htmlInlinesTheLayoutPicturesThatExist() throws Exception {
        Path pictures = Files.createDirectories(dir.resolve("layouts"));
        BufferedImage img = new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 2, 0x3a6ea5);
        ImageIO.write(img, "png", pictures.resolve("input.png").toFile());
        byte[] png = Files.readAllBytes(pictures.resolve("input.png"));

        String html = Files.readString(new CompareReportWriter().write(dir, report()).html());
        Matcher m = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"layout: ([^\"]*)\"")
                .matcher(html);
        assertTrue(m.find(), html);
        assertArrayEquals(png, Base64.getDecoder().decode(m.group(1)), "the picture's bytes, whole");
        assertFalse(m.find(), "one picture inlined");
        assertTrue(html.contains("<img src=\"layouts/anneal%20best.png\""), "a picture not written stays a link");
        assertFalse(html.contains("layouts/input.png"), "the inlined one is not linked too");
    }

    @Test
    void tiesAreAllBestAndMissingProxiesNever() {
        Stat p = Stat.single(0.5);
        CompareRow a = new CompareRow("a", false, 1, p, p, p, p, p, p, 1, null);
        CompareRow b = new CompareRow("b", false, 1, p, p, p, Stat.MISSING, p, p, 1, null);
        CompareRow c = new CompareRow("c", false, 1, p, p, p, p, p, p, 0, null);
        assertEquals(List.of(0, 2), new CompareReport("t", List.of(), List.of(a, b, c)).bestProxyRows());
        assertThrows(IllegalArgumentException.class, () -> a.withLayoutImage("/abs/path.png"));
        assertThrows(IllegalArgumentException.class, () -> new CompareRow("x", false, 1, p, p, p, p, p, p, 2, null));
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + 1)) {
            n++;
        }
        return n;
    }
}
