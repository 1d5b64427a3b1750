package io.macroplace.netlist.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    @Test
    void membersSpanTheDocumentedRangesAndDependOnSeedAndIndexOnly() {
        List<GeneratorConfig> corpus = CorpusGenerator.corpus(9, 300);
        int minHard = Integer.MAX_VALUE;
        int maxHard = 0;
        double minU = 1;
        double maxU = 0;
        double minAspect = 10;
        double maxAspect = 0;
        for (int i = 0; i < corpus.size(); i++) {
            GeneratorConfig c = corpus.get(i);
            assertEquals(c, CorpusGenerator.member(9, i));
            assertTrue(c.hardMacros() >= CorpusGenerator.MIN_HARD && c.hardMacros() <= CorpusGenerator.MAX_HARD);
            assertTrue(c.softMacros() >= 3 * c.hardMacros() - 1 && c.softMacros() <= 8 * c.hardMacros() + 1);
            assertTrue(c.ports() >= 16);
            assertTrue(c.utilisation() >= CorpusGenerator.MIN_UTILISATION && c.utilisation() <= CorpusGenerator.MAX_UTILISATION);
            assertTrue(c.hardShapes().size() >= 1 && c.hardShapes().size() <= 4);
            for (HardShape s : c.hardShapes()) {
                double area = s.width() * s.height();
                assertTrue(area > 1_490 && area < 30_100, "area " + area);
                minAspect = Math.min(minAspect, s.height() / s.width());
                maxAspect = Math.max(maxAspect, s.height() / s.width());
            }
            minHard = Math.min(minHard, c.hardMacros());
            maxHard = Math.max(maxHard, c.hardMacros());
            minU = Math.min(minU, c.utilisation());
            maxU = Math.max(maxU, c.utilisation());
        }
        // the ranges are covered, not just respected
        assertTrue(minHard < 20 && maxHard > 220, minHard + ".." + maxHard);
        assertTrue(minU < 0.42 && maxU > 0.78, minU + ".." + maxU);
        assertTrue(minAspect < 0.4 && maxAspect > 2.5, minAspect + ".." + maxAspect);
        assertNotEquals(CorpusGenerator.member(9, 0), CorpusGenerator.member(10, 0));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.corpus(1, 0));
    }

    @Test
    void aDesignUsesItsOwnHardShapes() {
        GeneratorConfig c = CorpusGenerator.member(3, 1);
        GeneratedDesign d = DesignGenerator.generate(c);
        var n = d.netlist();
        for (int m : n.nodesOf(io.macroplace.netlist.NodeKind.HARD_MACRO)) {
            double w = n.width(m);
            double h = n.height(m);
            assertTrue(c.hardShapes().stream().anyMatch(s -> Math.abs(s.width() - w) < 1e-9 && Math.abs(s.height() - h) < 1e-9),
                    w + " x " + h + " is none of " + c.hardShapes());
        }
    }

    @Test
    void softMacrosStartAtTheirReferencePlacesInsideTheCanvasAndHardMacrosAsGenerated() {
        GeneratedDesign plain = DesignGenerator.generate(CorpusGenerator.member(4, 2));
        GeneratedDesign d = CorpusGenerator.design(4, 2);
        var n = d.netlist();
        double width = d.plc().header().width().orElseThrow();
        double height = d.plc().header().height().orElseThrow();
        int moved = 0;
        for (int node = 0; node < n.nodeCount(); node++) {
            double x = d.plc().placement().x(node);
            double y = d.plc().placement().y(node);
            switch (n.kind(node)) {
                case SOFT_MACRO -> {
                    double hw = n.width(node) / 2;
                    double hh = n.height(node) / 2;
                    assertTrue(x >= hw - 1e-9 && x <= width - hw + 1e-9 && y >= hh - 1e-9 && y <= height - hh + 1e-9);
                    assertEquals(Math.max(hw, Math.min(width - hw, d.reference().x(node))), x, 1e-12);
                    moved += x != plain.plc().placement().x(node) ? 1 : 0;
                }
                case SOFT_MACRO_PIN -> {
                    int m = n.pinMacro(node);
                    assertEquals(plain.plc().placement().x(node) - plain.plc().placement().x(m),
                            x - d.plc().placement().x(m), 1e-9, "pin keeps its offset");
                }
                default -> {
                    assertEquals(plain.plc().placement().x(node), x, 0.0);
                    assertEquals(plain.plc().placement().y(node), y, 0.0);
                }
            }
        }
        assertTrue(moved > 0);
        assertEquals(plain.netlist().netPinCount(), n.netPinCount());
    }
}
