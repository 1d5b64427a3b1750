package io.macroplace.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {
    @TempDir
    Path dir;

    private static final List<BarChart.Bar> BARS = List.of(
            new BarChart.Bar("input", Stat.single(0.6859), false),
            new BarChart.Bar("anneal", Stat.of(0.60, 0.64), true),
            new BarChart.Bar("random", Stat.of(1.2, 1.4, 1.3), false),
            new BarChart.Bar("missing", Stat.MISSING, false));

    @Test
    void barsRunFromZeroToTheMeanWithErrorBarsOverMeanPlusMinusStd() {
        Drawing d = BarChart.draw("proxy", "proxy cost", BARS, ChartStyle.DEFAULT);
        BarChart.Geometry g = BarChart.geometry("proxy", BARS, ChartStyle.DEFAULT);
        Panel p = g.panel();
        List<Shape.Rect> bars = d.shapesOf(Shape.Rect.class).stream().filter(r -> "bar".equals(r.role())).toList();
        assertEquals(3, bars.size(), "no bar for the missing stat");

        Shape.Rect anneal = bars.get(1);
        assertEquals(p.py(0.62), anneal.y(), 1e-9);
        assertEquals(p.py(0), anneal.y() + anneal.h(), 1e-9);
        assertEquals(g.centre(1), anneal.x() + anneal.w() / 2, 1e-9);
        assertEquals(ChartStyle.DEFAULT.accent(), anneal.fill());
        assertEquals(ChartStyle.DEFAULT.series(), bars.get(0).fill());

        // The random bar's error bar is the vertical line through its centre: mean ± std = 1.3 ± 0.1.
        double cx = g.centre(2);
        Shape.Line err = d.shapesOf(Shape.Line.class).stream()
                .filter(l -> l.x1() == cx && l.x2() == cx).findFirst().orElseThrow();
        assertEquals(p.py(1.4), err.y1(), 1e-9);
        assertEquals(p.py(1.2), err.y2(), 1e-9);
        assertTrue(p.yMax >= 1.4 && p.yMin == 0, "axis covers the error bars from zero");
        assertTrue(d.shapesOf(Shape.Text.class).stream().anyMatch(t -> t.text().equals("n/a")));
    }

    @Test
    void barChartPngShowsTheHighlightedBarInTheAccentColourAndSvgParses() throws Exception {
        Drawing d = BarChart.draw("proxy", "proxy cost", BARS, ChartStyle.DEFAULT);
        Path png = dir.resolve("bars.png");
        PngWriter.write(d, png);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(ChartStyle.DEFAULT.width(), img.getWidth());
        assertEquals(ChartStyle.DEFAULT.height(), img.getHeight());
        Panel p = BarChart.geometry("proxy", BARS, ChartStyle.DEFAULT).panel();
        double cx = BarChart.geometry("proxy", BARS, ChartStyle.DEFAULT).centre(1);
        int x = (int) Math.floor(cx + 10);
        int y = (int) Math.floor(p.py(0.3));
        assertEquals(ChartStyle.DEFAULT.accent(), new Color(img.getRGB(x, y) & 0xffffff));

        Path svg = dir.resolve("bars.svg");
        SvgWriter.write(d, svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals(3, LayoutRendererTest.withClass(doc, "rect", "bar").size());
    }

    @Test
    void trainingCurvePointsLandOnTheirPanelsWithGapsForMissingValues() throws Exception {
        double[] it = {0, 100, 200, 300, 400};
        double[] ret = {-1.0, -0.8, Double.NaN, -0.5, -0.45};
        double[] best = {1.2, 1.0, 0.9, 0.9, 0.85};
        TrainingCurve c = new TrainingCurve(it, ret, best);
        ChartStyle style = ChartStyle.DEFAULT.withSize(800, 560);
        Drawing d = TrainingCurveChart.draw("training", c, style);
        Panel[] panels = TrainingCurveChart.panels(c, style);
        List<Shape.Polyline> lines = d.shapesOf(Shape.Polyline.class);
        assertEquals(2, lines.size());

        double[] xs = lines.get(0).xs();
        double[] ys = lines.get(0).ys();
        assertEquals(panels[0].left, xs[0], 1e-9, "first iteration at the panel's left edge");
        assertEquals(panels[0].left + panels[0].width, xs[4], 1e-9, "last at its right edge");
        assertEquals(panels[0].py(-0.8), ys[1], 1e-9);
        assertTrue(Double.isNaN(ys[2]), "missing return is a gap");
        assertEquals(panels[1].py(0.85), lines.get(1).ys()[4], 1e-9);
        assertTrue(panels[1].top > panels[0].top + panels[0].height, "proxy panel below the return panel");
        assertTrue(panels[1].yMin <= 0.85 && panels[1].yMax >= 1.2);

        Path png = dir.resolve("train.png");
        PngWriter.write(d, png);
        assertEquals(560, ImageIO.read(png.toFile()).getHeight());
        assertThrows(IllegalArgumentException.class, () -> new TrainingCurve(it, ret, new double[3]));
    }

    @Test
    void ticksAreNiceAndCoverTheRange() {
        Ticks t = Ticks.covering(0, 0.93, 5);
        assertEquals(0.0, t.first());
        assertEquals(0.2, t.step(), 1e-12);
        assertEquals(1.0, t.last(), 1e-12);
        assertEquals("0.4", t.label(2));

        Ticks n = Ticks.covering(-1.23, -0.47, 4); // raw step 0.19 rounds up to 0.2
        assertEquals(0.2, n.step(), 1e-12);
        assertEquals(-1.4, n.first(), 1e-12);
        assertEquals(-0.4, n.last(), 1e-12);
        assertEquals("-1.0", n.label(2));

        Ticks q = Ticks.covering(0, 0.9, 4); // raw step 0.225: 2.5 x 0.1, printed with 2 decimals
        assertEquals(0.25, q.step(), 1e-12);
        assertEquals("0.25", q.label(1));
        assertEquals(1.0, q.last(), 1e-12);

        Ticks big = Ticks.covering(0, 1.4e7, 5);
        assertEquals("5M", big.label(1));
        assertEquals("15M", big.label(3));
    }
}
