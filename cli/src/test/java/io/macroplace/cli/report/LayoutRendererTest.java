package io.macroplace.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LayoutRendererTest {
    private static final LayoutStyle.Palette PAL = LayoutStyle.Palette.DEFAULT;

    @TempDir
    Path dir;

    private static Color pixelAt(BufferedImage img, LayoutTransform t, double chipX, double chipY) {
        return new Color(img.getRGB((int) Math.floor(t.x(chipX)), (int) Math.floor(t.y(chipY))) & 0xffffff);
    }

    @Test
    void pngDecodesAtTheTransformSizeWithMacroAndCanvasColoursWhereExpected() throws Exception {
        LayoutFixture f = new LayoutFixture();
        LayoutRenderer r = new LayoutRenderer(LayoutStyle.DEFAULT);
        LayoutTransform t = r.transform(f.scene());
        Path png = dir.resolve("layout.png");
        PngWriter.write(r.render(f.scene()), png);

        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(t.imageWidth(), img.getWidth());
        assertEquals(t.imageHeight(), img.getHeight());
        assertEquals(900, Math.max(img.getWidth(), img.getHeight()), "long side is the style's");
        // 200 x 100 canvas: the canvas keeps its 2:1 aspect ratio.
        assertEquals(2.0, t.canvasPixelWidth() / t.canvasPixelHeight(), 1e-9);

        assertEquals(PAL.hardMacro(), pixelAt(img, t, 130, 70), "inside B (movable hard macro)");
        assertEquals(PAL.fixedMacro(), pixelAt(img, t, 40, 50), "inside A (fixed hard macro)");
        assertEquals(PAL.canvas(), pixelAt(img, t, 80, 85), "empty canvas, away from grid lines");
        assertEquals(PAL.background(), new Color(img.getRGB(2, img.getHeight() / 2) & 0xffffff), "page margin");
        // C is 20 wide and 30 high in N; turned E it spans x 135..165, y 15..35.
        assertEquals(PAL.hardMacro(), pixelAt(img, t, 162, 25), "C's footprint is rotated");
        assertEquals(PAL.canvas(), pixelAt(img, t, 157, 38), "just above rotated C is empty");
        // The orientation marker of B (FS: N's lower-left goes to the upper-left) is white-ish.
        Color marker = pixelAt(img, t, 110.8, 79.2);
        assertTrue(marker.getRed() > 200 && marker.getGreen() > 200, "marker at B's upper-left: " + marker);
        Color opposite = pixelAt(img, t, 110.8, 60.8);
        assertEquals(PAL.hardMacro(), opposite, "no marker at B's lower-left");
    }

    @Test
    void svgParsesAndHasOneRectPerMacroAtTheTransformCoordinates() throws Exception {
        LayoutFixture f = new LayoutFixture();
        LayoutRenderer r = new LayoutRenderer(LayoutStyle.DEFAULT);
        LayoutTransform t = r.transform(f.scene());
        Path svg = dir.resolve("layout.svg");
        SvgWriter.write(r.render(f.scene()), svg);

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals(String.valueOf(t.imageWidth()), root.getAttribute("width"));

        List<Element> hard = withClass(doc, "rect", "hard-macro");
        assertEquals(3, hard.size());
        assertEquals(1, withClass(doc, "rect", "soft-macro").size());
        assertEquals(1, withClass(doc, "rect", "blockage").size());
        assertEquals(3, withClass(doc, "circle", "port").size());
        assertEquals(1, withClass(doc, "rect", "fixed").size());

        // A: 30 x 40 centred at (40, 50); the escaped name comes back intact from the title.
        Element a = byTitle(hard, LayoutFixture.A_NAME);
        assertRect(a, t.x(25), t.y(70), 30 * t.scale(), 40 * t.scale());
        assertTrue(a.getAttribute("class").contains("fixed"));
        // C is E-oriented: width and height exchanged.
        assertRect(byTitle(hard, "C"), t.x(135), t.y(35), 30 * t.scale(), 20 * t.scale());
        assertRect(byTitle(hard, "B"), t.x(110), t.y(80), 40 * t.scale(), 20 * t.scale());
        Element port = byTitle(withClass(doc, "circle", "port"), "p1");
        assertEquals(t.x(200), Double.parseDouble(port.getAttribute("cx")), 0.01);
        assertEquals(t.y(20), Double.parseDouble(port.getAttribute("cy")), 0.01);
        assertEquals(4, withClass(doc, "polygon", "orientation-marker").size(), "three macros and the legend's");
    }

    @Test
    void pngAndSvgOfOneDrawingAgreeOnEveryHardMacrosPlaceAndColour() throws Exception {
        LayoutFixture f = new LayoutFixture();
        Drawing d = new LayoutRenderer(LayoutStyle.DEFAULT).render(f.scene());
        Path svg = dir.resolve("x.svg");
        SvgWriter.write(d, svg);
        BufferedImage img = PngWriter.toImage(d);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        for (Element e : withClass(doc, "rect", "hard-macro")) {
            double x = Double.parseDouble(e.getAttribute("x")) + Double.parseDouble(e.getAttribute("width")) / 2;
            double y = Double.parseDouble(e.getAttribute("y")) + Double.parseDouble(e.getAttribute("height")) / 2;
            Color png = new Color(img.getRGB((int) x, (int) y) & 0xffffff);
            assertEquals(Color.decode(e.getAttribute("fill")), png, "centre of " + e.getTextContent());
        }
    }

    @Test
    void heatmapCellsUnderlayTheCanvasWithRowZeroAtTheBottom() throws Exception {
        LayoutFixture f = new LayoutFixture();
        double[] v = new double[8];
        v[3] = 1.0; // row 0, col 3: bottom-right
        v[4] = 0.25; // row 1, col 0: top-left
        LayoutScene scene = f.scene().withHeatmap(Heatmap.of("density", 4, 2, v));
        LayoutRenderer r = new LayoutRenderer(LayoutStyle.DEFAULT.withGrid(false));
        LayoutTransform t = r.transform(scene);
        BufferedImage img = PngWriter.toImage(r.render(scene));

        assertEquals(ColorMap.viridis(1.0), pixelAt(img, t, 185, 8));
        assertEquals(ColorMap.viridis(0.25), pixelAt(img, t, 10, 90));
        assertEquals(ColorMap.viridis(0.0), pixelAt(img, t, 60, 90));
        // The colour bar widens the picture; it still keeps the long side.
        assertEquals(900, img.getWidth());
        assertTrue(t.canvasPixelWidth() < new LayoutRenderer(LayoutStyle.DEFAULT).transform(f.scene())
                .canvasPixelWidth());
    }

    @Test
    void layersCanBeHiddenAndUnplacedMacrosAreCountedNotDrawn() throws Exception {
        LayoutFixture f = new LayoutFixture();
        double[] x = f.placement.xs();
        x[f.b] = Double.NaN;
        io.macroplace.netlist.Placement p = new io.macroplace.netlist.Placement(x, f.placement.ys(),
                f.placement.orientations(), f.placement.fixedFlags());
        LayoutScene scene = LayoutScene.of(f.netlist, p, f.floorplan);
        Drawing d = new LayoutRenderer(LayoutStyle.DEFAULT.withSoftMacros(false).withPorts(false)).render(scene);
        List<String> roles = d.shapes().stream().map(s -> s instanceof Shape.Rect r ? r.role()
                : s instanceof Shape.Circle c ? c.role() : null).toList();
        assertEquals(2, roles.stream().filter(r -> r != null && r.startsWith("hard-macro")).count());
        assertTrue(roles.stream().noneMatch(r -> "soft-macro".equals(r) || "port".equals(r)));
        assertTrue(d.shapesOf(Shape.Text.class).stream().anyMatch(t -> t.text().equals("1 unplaced, not drawn")));
    }

    @Test
    void tallCanvasUsesTheLongSideVertically() throws Exception {
        LayoutFixture f = new LayoutFixture();
        Floorplan tall = new Floorplan(100, 300, 2, 6, List.of());
        LayoutScene scene = LayoutScene.of(f.netlist, f.placement, tall);
        LayoutTransform t = new LayoutRenderer(LayoutStyle.DEFAULT.withLongSidePx(600)).transform(scene);
        assertEquals(600, t.imageHeight());
        assertEquals(3.0, t.canvasPixelHeight() / t.canvasPixelWidth(), 1e-9);
        assertEquals(t.top() + t.canvasPixelHeight(), t.y(0), 1e-9, "chip y = 0 is the canvas bottom");

        // The narrow picture wraps its legend onto several lines, all inside the image.
        Drawing d = new LayoutRenderer(LayoutStyle.DEFAULT.withLongSidePx(600)).render(scene);
        List<Shape.Text> legend = d.shapesOf(Shape.Text.class).stream()
                .filter(x -> x.y() > t.top() + t.canvasPixelHeight()).toList();
        assertTrue(legend.stream().map(Shape.Text::y).distinct().count() > 1, "legend wrapped");
        for (Shape.Text x : legend) {
            assertTrue(x.x() + Shape.Text.estimateWidth(x.text(), x.size()) <= d.width(), x.text());
            assertTrue(x.y() < d.height(), x.text());
        }
        assertTrue(legend.stream().anyMatch(x -> x.text().equals("canvas 100 \u00d7 300 \u00b5m, grid 2 \u00d7 6")));
    }

    @Test
    void axesCarryRoundMicronTicksAndTheLegendExplainsTheOrientationMarker() throws Exception {
        LayoutFixture f = new LayoutFixture(); // a 200 x 100 um canvas
        LayoutRenderer r = new LayoutRenderer(LayoutStyle.DEFAULT);
        LayoutTransform t = r.transform(f.scene());
        Drawing d = r.render(f.scene());
        List<Shape.Text> texts = d.shapesOf(Shape.Text.class);
        double bottom = t.top() + t.canvasPixelHeight();
        for (int v = 0; v <= 200; v += 50) {
            double x = t.x(v);
            String label = String.valueOf(v);
            assertTrue(texts.stream().anyMatch(s -> s.text().equals(label) && Math.abs(s.x() - x) < 1e-9
                    && s.y() > bottom && s.y() < bottom + LayoutRenderer.AXIS_BOTTOM), "x tick " + v);
        }
        for (int v = 0; v <= 100; v += 20) {
            double y = t.y(v);
            String label = String.valueOf(v);
            assertTrue(texts.stream().anyMatch(s -> s.text().equals(label) && s.x() < t.left()
                    && Math.abs(s.y() - y) < 6), "y tick " + v);
        }
        assertTrue(texts.stream().anyMatch(s -> s.text().equals("\u00b5m")), "the unit");
        assertTrue(t.left() >= LayoutRenderer.MARGIN + LayoutRenderer.AXIS_LEFT, "room for the y labels");
        // the legend shows the triangle every hard macro carries, and says what it marks
        assertTrue(texts.stream().anyMatch(s -> s.text().equals("corner that is lower-left in orientation N")
                && s.y() > bottom + LayoutRenderer.AXIS_BOTTOM));
        List<Shape.Polygon> markers = d.shapesOf(Shape.Polygon.class).stream()
                .filter(p -> "orientation-marker".equals(p.role())).toList();
        assertEquals(4, markers.size(), "three macros and the legend's swatch");
        assertEquals(1, markers.stream().filter(p -> p.ys()[0] > bottom + LayoutRenderer.AXIS_BOTTOM).count());
    }

    @Test
    void overAHeatmapHardMacrosAreHatchedWithAThickDarkEdge() throws Exception {
        LayoutFixture f = new LayoutFixture();
        LayoutScene scene = f.scene().withHeatmap(Heatmap.of("density", 4, 2, new double[] {0, 1, 0.5, 0.2, 1, 0, 0.3, 0.9}));
        Drawing d = new LayoutRenderer(LayoutStyle.DEFAULT).render(scene);
        List<Shape.Rect> hard = d.shapesOf(Shape.Rect.class).stream()
                .filter(x -> x.role() != null && x.role().startsWith("hard-macro")).toList();
        assertEquals(3, hard.size());
        for (Shape.Rect x : hard) {
            assertNotNull(x.hatch(), "hatched: " + x.title());
            assertEquals(new Color(0x111111), x.stroke());
            assertEquals(2.0, x.strokeWidth());
        }
        // and without a heatmap, solid as before
        Drawing plain = new LayoutRenderer(LayoutStyle.DEFAULT).render(f.scene());
        assertTrue(plain.shapesOf(Shape.Rect.class).stream()
                .filter(x -> x.role() != null && x.role().startsWith("hard-macro")).allMatch(x -> x.hatch() == null));
    }

    private static void assertRect(Element e, double x, double y, double w, double h) {
        assertEquals(x, Double.parseDouble(e.getAttribute("x")), 0.01, "x");
        assertEquals(y, Double.parseDouble(e.getAttribute("y")), 0.01, "y");
        assertEquals(w, Double.parseDouble(e.getAttribute("width")), 0.01, "width");
        assertEquals(h, Double.parseDouble(e.getAttribute("height")), 0.01, "height");
    }

    static List<Element> withClass(Document doc, String tag, String cls) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName(tag);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element byTitle(List<Element> elements, String title) {
        for (Element e : elements) {
            NodeList t = e.getElementsByTagName("title");
            if (t.getLength() == 1 && t.item(0).getTextContent().equals(title)) {
                return e;
            }
        }
        throw new AssertionError("no element titled " + title);
    }
}
