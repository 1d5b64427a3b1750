package io.macroplace.netlist.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignGeneratorTest {
    private static final GeneratorConfig SMALL = GeneratorConfig.defaults()
            .withCounts(20, 50, 30).withPins(8, 3).withSeed(7);

    @Test
    void countsAndHeaderMatchTheConfig() {
        GeneratedDesign d = DesignGenerator.generate(SMALL);
        Netlist n = d.netlist();
        assertEquals(30, n.count(NodeKind.PORT));
        assertEquals(20, n.count(NodeKind.HARD_MACRO));
        assertEquals(50, n.count(NodeKind.SOFT_MACRO));
        assertEquals(160, n.count(NodeKind.HARD_MACRO_PIN));
        assertEquals(150, n.count(NodeKind.SOFT_MACRO_PIN));
        assertEquals(0, n.count(NodeKind.STDCELL));
        assertEquals(410, n.nodeCount());
        assertEquals(Math.round(0.65 * 340), n.netCount());
        for (int m : n.nodesOf(NodeKind.HARD_MACRO)) {
            assertEquals(8, n.macroPinCount(m));
        }
        assertTrue(n.name(n.nodesOf(NodeKind.SOFT_MACRO)[0]).startsWith("Grp_"), "CT marks soft macros by name");

        PlcHeader h = d.plc().header();
        double w = h.width().getAsDouble();
        double ht = h.height().getAsDouble();
        assertEquals(w, ht, 0.002, "aspect ratio 1");
        double macroArea = 0;
        for (int m = 0; m < n.nodeCount(); m++) {
            if (n.kind(m).isMacro()) {
                macroArea += n.width(m) * n.height(m);
            }
        }
        assertEquals(0.7, macroArea / (w * ht), 1e-5, "canvas derived from the utilisation");
        assertEquals(Math.round(0.8 * Math.sqrt(70)), h.columns().getAsInt());
        assertEquals(h.columns().getAsInt(), h.rows().getAsInt());
        assertEquals(57.031, h.routesPerMicronH().getAsDouble());
        assertEquals(56.818, h.routesPerMicronV().getAsDouble());
        assertEquals(39.583, h.macroRoutesH().getAsDouble());
        assertEquals(30.303, h.macroRoutesV().getAsDouble());
        assertEquals(0.0, h.smoothing().getAsDouble());
    }

    @Test
    void givenCanvasAndGridAreUsed() {
        GeneratedDesign d = DesignGenerator.generate(SMALL.withCanvas(900, 600).withGrid(30, 20));
        assertEquals(900, d.plc().header().width().getAsDouble());
        assertEquals(600, d.plc().header().height().getAsDouble());
        assertEquals(30, d.plc().header().columns().getAsInt());
        assertEquals(20, d.plc().header().rows().getAsInt());
        assertLegal(d);
    }

    @Test
    void initialPlacementIsLegalForDefaultAndDenseDesigns() {
        assertLegal(DesignGenerator.generate(GeneratorConfig.defaults()));
        assertLegal(DesignGenerator.generate(SMALL.withUtilisation(0.85, 0.6)));
        assertLegal(DesignGenerator.generate(GeneratorConfig.defaults().withCounts(400, 0, 10).withUtilisation(0.75, 1.0)));
    }

    @Test
    void smallDesignsGenerateOnACanvasGrownUntilTheShelvesFit() {
        // seed 1: two 115 x 66.5 macros; the area alone gave a 121-wide canvas, too narrow for
        // both side by side and too low to stack them ("hard macros do not fit... lower the utilisation")
        GeneratorConfig two = GeneratorConfig.defaults().withCounts(2, 2, 2).withSeed(1);
        GeneratedDesign d = DesignGenerator.generate(two);
        assertLegal(d);
        double w = d.plc().header().width().getAsDouble();
        double h = d.plc().header().height().getAsDouble();
        assertTrue(w >= 133 && h >= 133, "room for the two macros stacked: " + w + " x " + h);
        assertEquals(1.0, h / w, 1e-3, "the aspect ratio is kept");
        for (long seed = 1; seed <= 40; seed++) {
            assertLegal(DesignGenerator.generate(GeneratorConfig.defaults().withCounts(2, 2, 2).withSeed(seed)));
            assertLegal(DesignGenerator.generate(GeneratorConfig.defaults().withCounts(3, 0, 1).withSeed(seed)
                    .withUtilisation(0.95, 0.5)));
        }
    }

    @Test
    void tooSmallCanvasIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DesignGenerator.generate(SMALL.withCanvas(100, 100)));
        assertTrue(e.getMessage().contains("larger than the canvas") || e.getMessage().contains("do not fit"), e.getMessage());
    }

    @Test
    void degreeDistributionIsClusteredNetlistLike() {
        Netlist n = DesignGenerator.generate(GeneratorConfig.defaults()).netlist();
        int nets = n.netCount();
        assertEquals(Math.round(0.65 * (133 * 59 + 782 * 14 + 495)), nets);
        int[] byDegree = new int[51];
        int max = 0;
        for (int e = 0; e < nets; e++) {
            int k = n.netSize(e);
            assertTrue(k >= 2 && k <= 50, "degree " + k);
            byDegree[k]++;
            max = Math.max(max, k);
        }
        double mean = (double) n.netPinCount() / nets;
        assertTrue(Math.abs(byDegree[2] / (double) nets - 0.50) < 0.02, "2-pin share " + byDegree[2] / (double) nets);
        assertTrue(Math.abs(byDegree[3] / (double) nets - 0.18) < 0.015, "3-pin share " + byDegree[3] / (double) nets);
        assertTrue(byDegree[4] > byDegree[5] && byDegree[5] > byDegree[8], "tail decreases");
        assertTrue(max >= 30, "heavy tail reaches " + max);
        assertTrue(mean > 3.4 && mean < 3.9, "mean degree " + mean);
        assertTrue(n.netPinCount() > 42_000 && n.netPinCount() < 50_000, "ariane-like pin count " + n.netPinCount());
    }

    @Test
    void netsAreWellFormed() {
        Netlist n = DesignGenerator.generate(SMALL).netlist();
        Set<Integer> drivers = new HashSet<>();
        for (int e = 0; e < n.netCount(); e++) {
            int d = n.netDriver(e);
            assertTrue(drivers.add(d), "each pin or port drives at most one net");
            assertEquals(e, n.netOfDriver(d));
            Set<Integer> seen = new HashSet<>();
            int owner = ownerOf(n, d);
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int p = n.netPin(i);
                assertTrue(seen.add(p), "no pin twice in a net");
                assertFalse(n.kind(p).isMacro());
                if (i > n.netStart(e)) {
                    assertNotEquals(owner, ownerOf(n, p), "no net back into the driver's own macro");
                }
            }
            if (n.kind(d) == NodeKind.SOFT_MACRO_PIN) {
                assertEquals(n.weight(d), n.netWeight(e));
            } else {
                assertEquals(1.0, n.netWeight(e));
            }
        }
        for (int port : n.nodesOf(NodeKind.PORT)) {
            assertTrue(n.netOfDriver(port) >= 0, "every port drives a net");
        }
        double maxSoftWeight = 0;
        for (int p : n.nodesOf(NodeKind.SOFT_MACRO_PIN)) {
            maxSoftWeight = Math.max(maxSoftWeight, n.weight(p));
            assertEquals(0.0, n.pinOffsetX(p));
        }
        assertTrue(maxSoftWeight > 1 && maxSoftWeight <= 16, "merged-wire weights " + maxSoftWeight);
        for (int p : n.nodesOf(NodeKind.HARD_MACRO_PIN)) {
            int m = n.pinMacro(p);
            assertTrue(Math.abs(n.pinOffsetX(p)) < n.width(m) / 2 && Math.abs(n.pinOffsetY(p)) < n.height(m) / 2,
                    "hard pin inside its macro");
        }
    }

    @Test
    void netsAreLocalInTheReferenceLayout() {
        GeneratedDesign d = DesignGenerator.generate(GeneratorConfig.defaults());
        Netlist n = d.netlist();
        Placement ref = d.reference();
        double local = totalHpwl(n, ref.xs(), ref.ys());
        // the same positions dealt to other macros at random: what nets without locality would measure
        int[] macros = n.nodesOf(NodeKind.HARD_MACRO);
        int[] soft = n.nodesOf(NodeKind.SOFT_MACRO);
        int[] all = new int[macros.length + soft.length];
        System.arraycopy(macros, 0, all, 0, macros.length);
        System.arraycopy(soft, 0, all, macros.length, soft.length);
        double[] x = ref.xs();
        double[] y = ref.ys();
        Random r = new Random(3);
        for (int i = all.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double tx = x[all[i]];
            x[all[i]] = x[all[j]];
            x[all[j]] = tx;
            double ty = y[all[i]];
            y[all[i]] = y[all[j]];
            y[all[j]] = ty;
        }
        double shuffled = totalHpwl(n, x, y);
        assertTrue(local < 0.45 * shuffled, "reference HPWL " + local + " vs shuffled " + shuffled);
    }

    @Test
    void sameSeedGivesTheSameDesignArrayForArray() {
        GeneratedDesign a = DesignGenerator.generate(SMALL);
        GeneratedDesign b = DesignGenerator.generate(SMALL);
        Netlist na = a.netlist();
        Netlist nb = b.netlist();
        assertEquals(na.nodeCount(), nb.nodeCount());
        for (int i = 0; i < na.nodeCount(); i++) {
            assertEquals(na.name(i), nb.name(i));
            assertEquals(na.kind(i), nb.kind(i));
            assertEquals(na.width(i), nb.width(i));
            assertEquals(na.height(i), nb.height(i));
            assertEquals(na.x(i), nb.x(i));
            assertEquals(na.y(i), nb.y(i));
            assertEquals(na.weight(i), nb.weight(i));
            assertEquals(na.side(i), nb.side(i));
            assertEquals(na.pinMacro(i), nb.pinMacro(i));
            assertEquals(na.pinOffsetX(i), nb.pinOffsetX(i));
            assertEquals(na.pinOffsetY(i), nb.pinOffsetY(i));
        }
        assertArrayEquals(na.netStarts(), nb.netStarts());
        assertArrayEquals(na.netPinNodes(), nb.netPinNodes());
        for (int e = 0; e < na.netCount(); e++) {
            assertEquals(na.netWeight(e), nb.netWeight(e));
        }
        assertEquals(a.plc(), b.plc());
        assertEquals(a.reference(), b.reference());

        GeneratedDesign c = DesignGenerator.generate(SMALL.withSeed(8));
        assertFalse(java.util.Arrays.equals(na.netPinNodes(), c.netlist().netPinNodes()), "another seed, other nets");
        assertNotEquals(a.plc().placement(), c.plc().placement());
    }

    @Test
    void tinyDesignsStillGetValidNets() {
        Netlist n = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(1, 0, 1).withPins(4, 1)).netlist();
        assertEquals(Math.round(0.65 * 5), n.netCount());
        for (int e = 0; e < n.netCount(); e++) {
            assertTrue(n.netSize(e) >= 2);
            if (n.kind(n.netDriver(e)) == NodeKind.HARD_MACRO_PIN) {
                assertEquals(2, n.netSize(e), "a macro pin can only reach the port");
            }
        }
    }

    @Test
    void invalidConfigsAreRejected() {
        GeneratorConfig d = GeneratorConfig.defaults();
        assertThrows(IllegalArgumentException.class, () -> d.withCounts(-1, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> d.withCounts(0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> d.withCounts(1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withPins(0, 1));
        assertThrows(IllegalArgumentException.class, () -> d.withUtilisation(1.5, 1));
        assertThrows(IllegalArgumentException.class, () -> d.withCanvas(100, 0));
        assertThrows(IllegalArgumentException.class, () -> d.withNets(0.5, 1, 0.05, 0.05));
        assertThrows(IllegalArgumentException.class, () -> d.withNets(0.5, 10, 0.05, 1.5));
        assertThrows(IllegalArgumentException.class, () -> d.scaled(0));
        assertEquals(1330, d.scaled(10).hardMacros());
        assertEquals(0, d.scaled(10).canvasWidth());
    }

    private static int ownerOf(Netlist n, int node) {
        return n.kind(node).isPin() ? n.pinMacro(node) : node;
    }

    private static double totalHpwl(Netlist n, double[] x, double[] y) {
        double total = 0;
        for (int e = 0; e < n.netCount(); e++) {
            double x0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int p = n.netPin(i);
                int o = ownerOf(n, p);
                double px = x[o] + n.pinOffsetX(p);
                double py = y[o] + n.pinOffsetY(p);
                x0 = Math.min(x0, px);
                x1 = Math.max(x1, px);
                y0 = Math.min(y0, py);
                y1 = Math.max(y1, py);
            }
            total += (x1 - x0) + (y1 - y0);
        }
        return total;
    }

    /** Hard macros inside the canvas and pairwise apart; ports on the edge their side names. */
    static void assertLegal(GeneratedDesign d) {
        Netlist n = d.netlist();
        Placement p = d.plc().placement();
        double w = d.plc().header().width().getAsDouble();
        double h = d.plc().header().height().getAsDouble();
        int[] hard = n.nodesOf(NodeKind.HARD_MACRO);
        double eps = 1e-9;
        for (int a : hard) {
            assertTrue(p.x(a) - n.width(a) / 2 >= -eps && p.x(a) + n.width(a) / 2 <= w + eps, n.name(a) + " inside in x");
            assertTrue(p.y(a) - n.height(a) / 2 >= -eps && p.y(a) + n.height(a) / 2 <= h + eps, n.name(a) + " inside in y");
            assertFalse(p.fixed(a));
        }
        for (int i = 0; i < hard.length; i++) {
            for (int j = i + 1; j < hard.length; j++) {
                int a = hard[i];
                int b = hard[j];
                double ox = (n.width(a) + n.width(b)) / 2 - Math.abs(p.x(a) - p.x(b));
                double oy = (n.height(a) + n.height(b)) / 2 - Math.abs(p.y(a) - p.y(b));
                assertFalse(ox > eps && oy > eps, n.name(a) + " overlaps " + n.name(b));
            }
        }
        for (int port : n.nodesOf(NodeKind.PORT)) {
            assertTrue(p.fixed(port));
            PortSide s = n.side(port);
            double expected = switch (s) {
                case LEFT -> p.x(port);
                case RIGHT -> w - p.x(port);
                case BOTTOM -> p.y(port);
                case TOP -> h - p.y(port);
                case NONE -> Double.NaN;
            };
            assertEquals(0.0, expected, 1e-9, n.name(port) + " on its side " + s);
        }
        for (int m : n.nodesOf(NodeKind.SOFT_MACRO)) {
            assertTrue(p.x(m) >= 0 && p.x(m) <= w && p.y(m) >= 0 && p.y(m) <= h);
        }
    }
}
