package io.macroplace.netlist.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratorConfig;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class ConnectivityGraphsTest {
    private static final double EPS = 1e-12;

    /**
     * Port p; hard macros A (pins a1, a2 weight 2), B (pin b1), C (no pins); soft macro G (pin g1, weight 3).
     * Nets: p -> a1, b1 (w 1); a2 -> a1, g1 (w 2; a1 is on A itself); g1 -> b1, p, a1 (w 3).
     */
    static Netlist handBuilt() throws Exception {
        NetlistBuilder b = new NetlistBuilder("hand");
        int p = b.addPort("p", 0, 0, PortSide.LEFT, 1);
        b.addMacro("A", true, 10, 10, 20, 20, Orientation.N, 2);
        b.addPin("A/a1", "A", 1, 1, Double.NaN, Double.NaN, 1, 3);
        int a2 = b.addPin("A/a2", "A", -1, -1, Double.NaN, Double.NaN, 2, 4);
        b.addMacro("B", true, 10, 10, 50, 20, Orientation.N, 5);
        b.addPin("B/b1", "B", 0, 0, Double.NaN, Double.NaN, 1, 6);
        b.addMacro("C", true, 10, 10, 80, 80, Orientation.N, 7);
        b.addMacro("Grp_G", false, 5, 5, 30, 60, Orientation.N, 8);
        int g1 = b.addPin("Grp_G/g1", "Grp_G", 0, 0, Double.NaN, Double.NaN, 3, 9);
        b.addInput(p, "A/a1", 1);
        b.addInput(p, "B/b1", 1);
        b.addInput(a2, "A/a1", 4);
        b.addInput(a2, "Grp_G/g1", 4);
        b.addInput(g1, "B/b1", 9);
        b.addInput(g1, "p", 9);
        b.addInput(g1, "A/a1", 9);
        return b.build();
    }

    private static double w(Graph<Integer, DefaultWeightedEdge> g, Netlist n, String a, String b) {
        DefaultWeightedEdge e = g.getEdge(n.find(a).getAsInt(), n.find(b).getAsInt());
        return e == null ? 0 : g.getEdgeWeight(e);
    }

    @Test
    void cliqueModelSharesEachNetWeightOverItsPairs() throws Exception {
        Netlist n = handBuilt();
        Graph<Integer, DefaultWeightedEdge> g = ConnectivityGraphs.of(n, NetModel.CLIQUE);
        assertEquals(Set.of(0, 1, 4, 6, 7), g.vertexSet(), "p, A, B, C, Grp_G; pins collapse");
        assertEquals(6, g.edgeSet().size());
        assertEquals(1.5, w(g, n, "p", "A"), EPS);
        assertEquals(1.5, w(g, n, "p", "B"), EPS);
        assertEquals(1.5, w(g, n, "A", "B"), EPS);
        assertEquals(3.0, w(g, n, "A", "Grp_G"), EPS);
        assertEquals(1.0, w(g, n, "B", "Grp_G"), EPS);
        assertEquals(1.0, w(g, n, "p", "Grp_G"), EPS);
        assertNull(g.getEdge(1, 1), "no self loop from a1 -> a2 on A");

        GraphStatistics<Integer, DefaultWeightedEdge> s = new GraphStatistics<>(g);
        assertEquals(5, s.vertexCount());
        assertEquals(6, s.edgeCount());
        assertEquals(2, s.componentCount());
        assertEquals(4, s.largestComponentSize());
        assertEquals(1, s.isolatedVertexCount());
        assertEquals(0, s.minDegree());
        assertEquals(3, s.maxDegree());
        assertEquals(2.4, s.meanDegree(), EPS);
        assertEquals(0.0, s.minWeightedDegree(), EPS);
        assertEquals(6.0, s.maxWeightedDegree(), EPS);
        assertEquals(3.8, s.meanWeightedDegree(), EPS);
        assertEquals(9.5, s.totalEdgeWeight(), EPS);
    }

    @Test
    void starModelJoinsTheDriverToEachSink() throws Exception {
        Netlist n = handBuilt();
        Graph<Integer, DefaultWeightedEdge> g = ConnectivityGraphs.of(n, NetModel.STAR);
        assertEquals(5, g.edgeSet().size());
        assertEquals(1.0, w(g, n, "p", "A"), EPS);
        assertEquals(1.0, w(g, n, "p", "B"), EPS);
        assertEquals(5.0, w(g, n, "A", "Grp_G"), EPS);
        assertEquals(3.0, w(g, n, "Grp_G", "B"), EPS);
        assertEquals(3.0, w(g, n, "Grp_G", "p"), EPS);
        assertEquals(0.0, w(g, n, "A", "B"), EPS);

        GraphStatistics<Integer, DefaultWeightedEdge> s = new GraphStatistics<>(g);
        assertEquals(2.0, s.meanDegree(), EPS);
        assertEquals(3, s.maxDegree());
        assertEquals(11.0, s.maxWeightedDegree(), EPS);
        assertEquals(5.2, s.meanWeightedDegree(), EPS);
        assertEquals(2, s.componentCount());
    }

    @Test
    void cliqueLimitTurnsBigNetsIntoStars() throws Exception {
        Netlist n = handBuilt();
        Graph<Integer, DefaultWeightedEdge> g = ConnectivityGraphs.of(n, NetModel.CLIQUE, 3);
        // the 4-vertex net g1 -> b1, p, a1 becomes a star of weight 3; the 3-vertex net stays a clique
        assertEquals(0.5, w(g, n, "A", "B"), EPS);
        assertEquals(2 + 3.0, w(g, n, "A", "Grp_G"), EPS);
        assertEquals(0.5 + 3.0, w(g, n, "p", "Grp_G") + w(g, n, "p", "A"), EPS);
    }

    @Test
    void standardCellsAreVerticesOfFlatNetlists() throws Exception {
        NetlistBuilder b = new NetlistBuilder("flat");
        int c1 = b.addStdCell("c1", 1, 1, 0, 0, 2, "INV", 1);
        b.addStdCell("c2", 1, 1, 0, 0, 1, "INV", 2);
        b.addStdCell("c3", 1, 1, 0, 0, 1, "INV", 3);
        b.addInput(c1, "c2", 1);
        b.addInput(c1, "c3", 1);
        Netlist n = b.build();
        Graph<Integer, DefaultWeightedEdge> g = ConnectivityGraphs.of(n, NetModel.CLIQUE);
        assertEquals(3, g.vertexSet().size());
        assertEquals(1.0, w(g, n, "c1", "c2"), EPS);
        assertEquals(1.0, w(g, n, "c2", "c3"), EPS);
        GraphStatistics<Integer, DefaultWeightedEdge> s = new GraphStatistics<>(g);
        assertEquals(1, s.componentCount());
        assertEquals(2.0, s.minWeightedDegree(), EPS);
    }

    @Test
    void generatedDesignGraphHasNoPinsAndCliqueWeightSumsMatchNets() {
        Netlist n = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(10, 30, 20).withPins(6, 2)).netlist();
        Graph<Integer, DefaultWeightedEdge> g = ConnectivityGraphs.of(n, NetModel.CLIQUE);
        assertEquals(60, g.vertexSet().size());
        // each net of k distinct vertices adds k/2 * w in total: the clique shares sum back
        double expected = 0;
        for (int e = 0; e < n.netCount(); e++) {
            Set<Integer> vs = new java.util.HashSet<>();
            for (int i = n.netStart(e); i < n.netEnd(e); i++) {
                vs.add(ConnectivityGraphs.vertexOf(n, n.netPin(i)));
            }
            if (vs.size() > 1) {
                expected += vs.size() / 2.0 * n.netWeight(e);
            }
        }
        GraphStatistics<Integer, DefaultWeightedEdge> s = new GraphStatistics<>(g);
        assertEquals(expected, s.totalEdgeWeight(), 1e-9);
        WeightedEdges flat = ConnectivityGraphs.edges(n, NetModel.CLIQUE, ConnectivityGraphs.DEFAULT_CLIQUE_LIMIT);
        assertEquals(g.edgeSet().size(), flat.size());
        for (int e = 0; e < flat.size(); e++) {
            assertTrue(flat.a()[e] < flat.b()[e]);
            assertEquals(g.getEdgeWeight(g.getEdge(flat.a()[e], flat.b()[e])), flat.weight()[e]);
        }
        assertFalse(g.vertexSet().stream().anyMatch(v -> n.kind(v).isPin()));
        assertTrue(s.largestComponentSize() > 50);
    }
}
