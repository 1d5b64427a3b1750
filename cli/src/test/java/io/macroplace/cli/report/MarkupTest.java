package io.macroplace.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MarkupTest {
    @TempDir
    Path dir;

    @Test
    void escapesMarkupAndDropsCharactersXmlForbids() {
        assertEquals("a&lt;b&gt;&amp;&quot;c&quot;&#39;", Markup.xml("a<b>&\"c\"'"));
        assertEquals("ab", Markup.xml("a\u0001b"));
        assertEquals("x\\|y \\*z\\*", Markup.markdownCell("x|y *z*"));
        assertEquals("layouts/a%20b%23c.png", Markup.urlPath("layouts/a b#c.png"));
        assertEquals("%C2%B5m.svg", Markup.urlPath("\u00b5m.svg"));
    }

    @Test
    void formatsCoordinatesCompactly() {
        assertEquals("12", Markup.num(12.0));
        assertEquals("12.5", Markup.num(12.5));
        assertEquals("0", Markup.num(-0.001));
        assertEquals("-3.14", Markup.num(-3.14159));
        assertThrows(IllegalArgumentException.class, () -> Markup.num(Double.NaN));
        assertEquals("4.763M", Fmt.compact(4763107));
        assertEquals("12.5k", Fmt.compact(12500));
        assertEquals("0.35", Fmt.compact(0.35));
    }

    @Test
    void svgKeepsTextTitlesAndColoursOfEveryShapeKind() throws Exception {
        Drawing d = Drawing.builder(100, 80, Color.WHITE)
                .add(new Shape.Rect(1, 2, 30, 20, new Color(10, 20, 30, 128), Color.BLACK, 1, null, "r", "ti<tle>"))
                .add(new Shape.Rect(40, 2, 30, 20, null, null, 0, Color.GRAY, "hatched", null))
                .add(new Shape.Line(0, 0, 10, 10, Color.RED, 2, true))
                .add(new Shape.Polyline(new double[] {0, 5, 10, 15}, new double[] {1, Double.NaN, 3, 4}, Color.BLUE, 1))
                .add(new Shape.Polygon(new double[] {0, 4, 0}, new double[] {0, 0, 4}, Color.GREEN, "tri"))
                .add(new Shape.Circle(50, 50, 3, Color.RED, null, "dot", "p&1"))
                .add(new Shape.Text(5, 70, "a < b \u0002", 10, Color.BLACK, Shape.Anchor.END, true, -90))
                .build();
        Path svg = dir.resolve("all.svg");
        DrawingFiles.write(d, svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        Element r = LayoutRendererTest.withClass(doc, "rect", "r").get(0);
        assertEquals("#0a141e", r.getAttribute("fill"));
        assertEquals("0.502", r.getAttribute("fill-opacity"));
        assertEquals("ti<tle>", r.getElementsByTagName("title").item(0).getTextContent());
        Element hatched = LayoutRendererTest.withClass(doc, "rect", "hatched").get(0);
        assertEquals("url(#hatch0)", hatched.getAttribute("fill"));
        assertEquals(1, doc.getElementsByTagName("pattern").getLength());
        Element path = (Element) doc.getElementsByTagName("path").item(0);
        assertEquals("M0,1 M10,3 L15,4", path.getAttribute("d"), "the NaN point splits the line");
        Element text = (Element) doc.getElementsByTagName("text").item(0);
        assertEquals("a < b ", text.getTextContent());
        assertEquals("end", text.getAttribute("text-anchor"));
        assertEquals("rotate(-90 5 70)", text.getAttribute("transform"));
        assertEquals("p&1", LayoutRendererTest.withClass(doc, "circle", "dot").get(0)
                .getElementsByTagName("title").item(0).getTextContent());
        assertEquals(List.of("0,0 4,0 0,4"), List.of(LayoutRendererTest.withClass(doc, "polygon", "tri").get(0)
                .getAttribute("points")));

        assertThrows(IllegalArgumentException.class, () -> DrawingFiles.write(d, dir.resolve("x.gif")));
        String inline = SvgWriter.toSvg(d, "p-", false);
        assertEquals(false, inline.startsWith("<?xml"));
        assertEquals(true, inline.contains("id=\"p-hatch0\"") && inline.contains("url(#p-hatch0)"));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(inline.getBytes(StandardCharsets.UTF_8)));
    }
}
