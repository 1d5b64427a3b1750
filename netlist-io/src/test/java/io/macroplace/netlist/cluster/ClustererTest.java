package io.macroplace.netlist.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.testing.FlatNetlists;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClustererTest {
    private static final ClusterCanvas CANVAS = new ClusterCanvas(FlatNetlists.SIDE, FlatNetlists.SIDE, 8, 8);

    private static Clustering cluster(Netlist n, ClusterConfig config) throws Exception {
        return Clusterer.cluster(n, Placement.of(n), CANVAS, config);
    }

    private static String text(Clustering c) throws Exception {
        StringWriter w = new StringWriter();
        CtNetlistWriter.write(c.netlist(), c.placement(), w);
        return w.toString();
    }

    @Test
    void theSameSeedGivesTheSameClustering() throws Exception {
        Netlist n = FlatNetlists.random(1500, 3, 12, 5);
        ClusterConfig config = ClusterConfig.defaults().withClusters(24).withSeed(7);
        Clustering a = cluster(n, config);
        Clustering b = cluster(n, config);
        assertArrayEquals(a.clusterOf(), b.clusterOf());
        assertEquals(text(a), text(b));
        assertEquals(a.report().cut(), b.report().cut());
        Clustering other = cluster(n, config.withSeed(8));
        assertNotEquals(Arrays.toString(a.clusterOf()), Arrays.toString(other.clusterOf()),
                "another seed explores another partition");
    }

    @Test
    void clusterAreasStayWithinTheImbalance() throws Exception {
        // no macros or ports, so no seeds; no split by location, so the partition is the result
        Netlist n = FlatNetlists.random(2000, 0, 0, 11);
        int parts = 16;
        for (double imbalance : new double[] {0.05, 0.5}) {
            Clustering c = cluster(n, ClusterConfig.defaults().withClusters(parts).withImbalance(imbalance)
                    .withBreakup(false));
            double[] area = new double[c.report().clusters()];
            double total = 0;
            for (int v = 0; v < n.nodeCount(); v++) {
                if (c.clusterOf()[v] >= 0) {
                    area[c.clusterOf()[v]] += n.width(v) * n.height(v);
                    total += n.width(v) * n.height(v);
                }
            }
            assertEquals(parts, area.length);
            double limit = (1 + imbalance) * total / parts;
            for (double a : area) {
                assertTrue(a <= limit + 1e-9, "cluster area " + a + " above " + limit + " (imbalance " + imbalance + ")");
            }
            assertEquals(c.report().spread().maxArea(), Arrays.stream(area).max().getAsDouble(), 1e-9);
        }
    }

    @Test
    void theReportedCutIsTheNaiveCount() throws Exception {
        Netlist n = FlatNetlists.random(1200, 2, 10, 3);
        Clustering c = cluster(n, ClusterConfig.defaults().withClusters(20).withMaxFanout(2));
        int cut = 0;
        int internal = 0;
        int dropped = 0;
        double weight = 0;
        double connectivity = 0;
        for (int e = 0; e < n.netCount(); e++) {
            if (n.netSize(e) - 1 > 2) {
                dropped++;
                continue;
            }
            // an endpoint is a cluster (as -1 - c) or a kept node (its id)
            Set<Integer> endpoints = new HashSet<>();
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                int v = n.netPin(i);
                endpoints.add(c.clusterOf()[v] >= 0 ? -1 - c.clusterOf()[v] : v);
            }
            if (endpoints.size() > 1) {
                cut++;
                weight += n.netWeight(e);
                connectivity += n.netWeight(e) * (endpoints.size() - 1);
            } else {
                internal++;
            }
        }
        ClusterReport.Cut r = c.report().cut();
        assertTrue(dropped > 0 && internal > 0 && cut > 0, "the netlist exercises every case");
        assertEquals(cut, r.nets());
        assertEquals(weight, r.weight(), 1e-9);
        assertEquals(connectivity, r.connectivity(), 1e-9);
        assertEquals(internal, r.internalNets());
        assertEquals(dropped, r.droppedNets());
    }

    @Test
    void cellsTiedToAMacroOrAPortGroupStartTogether() throws Exception {
        // macro pin p0 drives a and b; c drives p1; d is two levels away; port "in" drives e
        NetlistBuilder b = new NetlistBuilder("seeds");
        int in = b.addPort("in", 0, 200, PortSide.LEFT, 0);
        int m = b.addMacro("ram", true, 40, 40, 200, 380, Orientation.N, 0);
        int p0 = b.addPin("ram/p0", "ram", -20, 0, 180, 380, 1, 0);
        b.addPin("ram/p1", "ram", 20, 0, 220, 380, 1, 0);
        String[] names = {"a", "b", "c", "d", "e", "f", "g", "h"};
        int[] id = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            id[i] = b.addStdCell(names[i], 1, 1.4, 100 + 10 * i, 100, 1, "X", 0);
        }
        b.addInput(p0, "a", 0);
        b.addInput(p0, "b", 0);
        b.addInput(id[2], "ram/p1", 0);
        b.addInput(id[0], "d", 0);
        b.addInput(in, "e", 0);
        b.addInput(id[5], "g", 0);
        b.addInput(id[6], "h", 0);
        b.addInput(id[7], "f", 0);
        Netlist n = b.build();
        FlatNetlist f = new FlatNetlist(n, Placement.of(n), 500);
        SeedGroups.Result seeds = SeedGroups.of(f, CANVAS, 1);
        int[] g = seeds.group();
        assertEquals(2, seeds.count(), "one group for the macro's pins, one for the port");
        assertEquals(g[p0], g[id[0]]);
        assertEquals(g[p0], g[id[1]]);
        assertEquals(g[p0], g[id[2]], "the driver of a macro pin joins its group");
        assertEquals(-1, g[id[3]], "two levels away is not seeded with one level");
        assertEquals(g[in], g[id[4]]);
        assertNotEquals(g[in], g[p0]);
        assertEquals(-1, g[m], "the macro itself is no member");
        assertEquals(g[p0], SeedGroups.of(f, CANVAS, 2).group()[id[3]], "two levels reach d");

        Clustering c = Clusterer.cluster(n, Placement.of(n), CANVAS, ClusterConfig.defaults().withClusters(1));
        int[] k = c.clusterOf();
        assertEquals(k[id[0]], k[id[1]]);
        assertEquals(k[id[0]], k[id[2]]);
        assertNotEquals(k[id[0]], k[id[4]], "seed groups are fixed to different parts");
        assertEquals(3, c.report().clusters(), "the two seeds and the one free part");
    }

    @Test
    void portsGroupByEdgeAndDistance() throws Exception {
        NetlistBuilder b = new NetlistBuilder("ports");
        // canvas 400 x 400 in 8 x 8 cells: a run along an edge spans at most 50
        double[] ys = {10, 40, 59, 61, 300};
        int[] left = new int[ys.length];
        for (int i : new int[] {3, 0, 4, 2, 1}) { // added out of order: the edge's order is by y
            left[i] = b.addPort("l" + i, 0, ys[i], PortSide.LEFT, 0);
        }
        int top = b.addPort("t", 200, 400, PortSide.TOP, 0);
        int bottom = b.addPort("b", 200, 0, PortSide.BOTTOM, 0);
        int right = b.addPort("r", 400, 200, PortSide.RIGHT, 0);
        b.addStdCell("u", 1, 1, 200, 200, 1, "X", 0);
        Netlist n = b.build();
        int[] g = SeedGroups.of(new FlatNetlist(n, Placement.of(n), 500), CANVAS, 0).group();
        assertEquals(g[left[0]], g[left[1]]);
        assertEquals(g[left[0]], g[left[2]], "49 past the run's first port");
        assertNotEquals(g[left[2]], g[left[3]], "51 past it starts a new run");
        assertNotEquals(g[left[3]], g[left[4]]);
        Set<Integer> edges = new HashSet<>(Arrays.asList(g[left[0]], g[top], g[bottom], g[right]));
        assertEquals(4, edges.size(), "each edge its own groups");
    }

    @Test
    void softMacrosConserveAreaAndPins() throws Exception {
        Netlist n = FlatNetlists.random(1500, 3, 12, 9);
        double utilization = 0.5;
        Clustering c = cluster(n, ClusterConfig.defaults().withClusters(30).withUtilization(utilization));
        Netlist out = c.netlist();
        int clusters = c.report().clusters();
        double[] cellArea = new double[clusters];
        for (int v = 0; v < n.nodeCount(); v++) {
            if (c.clusterOf()[v] >= 0) {
                cellArea[c.clusterOf()[v]] += n.width(v) * n.height(v);
            } else {
                int kept = out.find(n.name(v)).orElseThrow();
                NodeKind expected = n.kind(v);
                assertEquals(expected, out.kind(kept), n.name(v));
            }
        }
        assertEquals(clusters, out.count(NodeKind.SOFT_MACRO));
        double total = 0;
        for (int k = 0; k < clusters; k++) {
            int m = c.clusterNode()[k];
            assertEquals(NodeKind.SOFT_MACRO, out.kind(m));
            assertEquals(CANVAS.cellWidth(), out.width(m), 1e-12, "one grid column wide");
            assertEquals(cellArea[k] / utilization, out.width(m) * out.height(m), 1e-9);
            total += out.width(m) * out.height(m);
            int inputs = 0;
            for (int i = 0; i < out.macroPinCount(m); i++) {
                int pin = out.macroPin(m, i);
                if (out.name(pin).endsWith("/Pinput")) {
                    inputs++;
                    assertEquals(-1, out.netOfDriver(pin), "the input pin drives nothing");
                } else {
                    int net = out.netOfDriver(pin);
                    assertTrue(net >= 0, out.name(pin) + " drives a net");
                    assertEquals(out.weight(pin), out.netWeight(net), "a pin's weight is its net's");
                }
            }
            assertEquals(1, inputs);
        }
        assertEquals(c.report().spread().cellArea() / utilization, total, 1e-6);
        double outWeight = 0;
        for (int e = 0; e < out.netCount(); e++) {
            outWeight += out.netWeight(e);
        }
        assertEquals(c.report().cut().weight(), outWeight, 1e-9, "every cut net's weight is in some output net");
        assertEquals(c.report().cut().outputNets(), out.netCount());
        assertEquals(Double.toString(2.0), out.metadata().get("soft_macro_area_bloating_ratio"));
    }

    @Test
    void parallelNetsMergeIntoOnePinWithSummedWeights() throws Exception {
        // clusters X = {x1, x2, x3, x4}, Y = {y1, y2}, Z = {z1}: x1 and x2 drive Y only (single),
        // x3 and x4 drive {Y, Z} (multi), x1's net weighs 2
        NetlistBuilder b = new NetlistBuilder("parallel");
        String[] names = {"x1", "x2", "x3", "x4", "y1", "y2", "z1"};
        int[] id = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            id[i] = b.addStdCell(names[i], 1, 1, 10 * i, 10, i == 0 ? 2.0 : 1.0, "X", 0);
        }
        b.addInput(id[0], "y1", 0);
        b.addInput(id[1], "y2", 0);
        b.addInput(id[1], "y1", 0);
        b.addInput(id[2], "y1", 0);
        b.addInput(id[2], "z1", 0);
        b.addInput(id[3], "y2", 0);
        b.addInput(id[3], "z1", 0);
        b.addInput(id[3], "x1", 0);
        b.addInput(id[4], "y2", 0); // inside Y: gone
        Netlist n = b.build();
        FlatNetlist f = new FlatNetlist(n, Placement.of(n), 500);
        int[] cluster = {0, 0, 0, 0, 1, 1, 2};
        ClusteredNetlist.Built built = ClusteredNetlist.build(f, Placement.of(n), cluster, 3, CANVAS, 1.0, "Grp_");
        Netlist out = built.netlist();
        assertEquals(2, out.netCount(), "X->Y twice and X->{Y,Z} twice merge; Y->Y is internal");
        int single = out.find("Grp_0/Poutput_single_0").orElseThrow();
        int multi = out.find("Grp_0/Poutput_multi_0").orElseThrow();
        assertEquals(3.0, out.netWeight(out.netOfDriver(single)));
        assertEquals(2.0, out.netWeight(out.netOfDriver(multi)));
        assertEquals(2, out.netSize(out.netOfDriver(single)));
        assertEquals(3, out.netSize(out.netOfDriver(multi)));
        assertTrue(out.find("Grp_0/Poutput_single_1").isEmpty());
        assertEquals(1, built.internalNets());
        assertEquals(4, built.cutNets());
        assertEquals(2 + 1 + 1 + 1, built.cutWeight(), 1e-12);
        assertEquals(2 + 1 + 2 + 2, built.connectivity(), 1e-12, "weight x (endpoints - 1) per net");
    }

    @Test
    void fixedCellsLibraryMacrosAndHighFanoutNets() throws Exception {
        NetlistBuilder b = new NetlistBuilder("kinds");
        int m = b.addMacro("sram", false, 40, 40, 200, 380, Orientation.N, 0); // lower-case "macro" with a master
        b.setRefName(m, "fakeram");
        int p = b.addPin("sram/d", "sram", 0, -20, 200, 360, 1, 0);
        int fixedCell = b.addStdCell("tap", 1, 1, 5, 5, 1, "TAP", 0);
        int driver = b.addStdCell("clkbuf", 1, 1, 100, 100, 1, "BUF", 0);
        for (int i = 0; i < 8; i++) {
            b.addStdCell("u" + i, 1, 1, 100 + i, 120, 1, "X", 0);
            b.addInput(driver, "u" + i, 0);
        }
        b.addInput(p, "u0", 0);
        b.addInput(fixedCell, "u1", 0);
        Netlist n = b.build();
        Placement start = Placement.of(n);
        boolean[] fixed = new boolean[n.nodeCount()];
        fixed[fixedCell] = true;
        Placement placed = new Placement(start.xs(), start.ys(), start.orientations(), fixed);
        Clustering c = Clusterer.cluster(n, placed, CANVAS, ClusterConfig.defaults().withClusters(2).withMaxFanout(4));
        Netlist out = c.netlist();
        assertEquals(NodeKind.HARD_MACRO, out.kind(out.find("sram").getAsInt()), "a macro with a master is hard");
        assertEquals(NodeKind.HARD_MACRO_PIN, out.kind(out.find("sram/d").getAsInt()));
        int tap = out.find("tap").getAsInt();
        assertEquals(NodeKind.STDCELL, out.kind(tap), "a fixed cell is kept");
        assertTrue(c.placement().fixed(tap));
        assertEquals(-1, c.clusterOf()[fixedCell]);
        assertEquals(1, c.report().keptCells());
        assertEquals(9, c.report().cells());
        assertEquals(1, c.report().cut().droppedNets(), "the 8-sink net is over the limit of 4");
        int clkbuf = driver;
        assertTrue(c.clusterOf()[clkbuf] >= 0);
        for (int e = 0; e < out.netCount(); e++) {
            assertTrue(out.netSize(e) <= 5, "no net over the limit survives");
        }
    }

    @Test
    void clustersSpreadOverTheCanvasAreSplitByLocation() throws Exception {
        // a chain of cells, half at the left edge, half at the right: one part, then two by location
        NetlistBuilder b = new NetlistBuilder("spread");
        int cells = 60;
        for (int i = 0; i < cells; i++) {
            double x = i < cells / 2 ? 10 + i * 0.1 : 390 - (cells - i) * 0.1;
            b.addStdCell("u" + i, 1, 1, x, 200, 1, "X", 0);
        }
        for (int i = 0; i + 1 < cells; i++) {
            b.addInput(i, "u" + (i + 1), 0);
        }
        Netlist n = b.build();
        ClusterConfig config = ClusterConfig.defaults().withClusters(1);
        Clustering split = cluster(n, config);
        assertEquals(2, split.report().clusters());
        assertTrue(split.report().location().applied());
        assertEquals(1, split.report().location().splitGroups());
        assertNotEquals(split.clusterOf()[0], split.clusterOf()[cells - 1]);
        assertEquals(split.clusterOf()[0], split.clusterOf()[cells / 2 - 1]);
        double centre = split.placement().x(split.clusterNode()[split.clusterOf()[0]]);
        assertTrue(centre < 20, "soft macro at its cells' centre, got " + centre);
        assertEquals(1, cluster(n, config.withBreakup(false)).report().clusters());
        // without positions there is nothing to split by
        Placement unplaced = new Placement(nan(cells), nan(cells), new byte[cells], new boolean[cells]);
        Clustering u = Clusterer.cluster(n, unplaced, CANVAS, config);
        assertEquals(1, u.report().clusters());
        assertEquals(CANVAS.width() / 2, u.placement().x(u.clusterNode()[0]), "unplaced cells: canvas centre");
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }
}
