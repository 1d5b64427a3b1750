package io.macroplace.netlist.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.testing.SharedDesigns;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flat ariane133 (88,411 cells) clustered under the canvas and grid of the reference clustered
 * netlist, the one Circuit Training's grouping made from it with hMETIS.
 */
class ClusterAriane133FlatTest {

    @Test
    void clustersTheFlatArianeLikeCircuitTrainingsGrouping(@TempDir Path dir) throws Exception {
        Netlist flat = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45-flat", "netlist.pb.txt.gz"));
        Netlist reference = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"));
        ClusterCanvas canvas = new ClusterCanvas(1433.406, 1433.406, 24, 21);
        Clustering c = Clusterer.cluster(flat, Placement.of(flat), canvas, ClusterConfig.defaults().withRuns(1));
        ClusterReport r = c.report();
        Netlist out = c.netlist();

        // CT's fixed groups for this design: one per hard macro (133) and 14 runs of ports
        assertEquals(147, r.seedGroups());
        assertEquals(88_411, r.cells());
        assertEquals(1, r.cut().droppedNets(), "the clock (19,940 sinks) is the one net over 500 sinks");
        assertEquals(133, out.count(NodeKind.HARD_MACRO));
        assertEquals(reference.count(NodeKind.HARD_MACRO_PIN), out.count(NodeKind.HARD_MACRO_PIN));
        assertEquals(reference.count(NodeKind.PORT), out.count(NodeKind.PORT));
        assertEquals(0, out.count(NodeKind.STDCELL));
        // soft-macro area: twice the cells' area at CT's 50 % utilisation, as in the reference
        double soft = 0;
        double referenceSoft = 0;
        for (int m : out.nodesOf(NodeKind.SOFT_MACRO)) {
            soft += out.width(m) * out.height(m);
        }
        for (int m : reference.nodesOf(NodeKind.SOFT_MACRO)) {
            referenceSoft += reference.width(m) * reference.height(m);
        }
        assertEquals(referenceSoft, soft, 1e-6 * referenceSoft);
        // about as many clusters and nets as the reference (782 soft macros, 12,422 nets)
        assertTrue(r.clusters() > 650 && r.clusters() < 950, "clusters " + r.clusters());
        assertTrue(out.netCount() > 9_000 && out.netCount() < 14_000, "nets " + out.netCount());
        // the partition cuts about a quarter of the nets (hMETIS's partition of CT's hypergraph:
        // 20,480 cut nets of 90,985)
        assertTrue(r.cut().partitionCut() < 23_000, "partition cut " + r.cut().partitionCut());
        assertTrue(r.location().applied() && r.location().splitGroups() > 0);

        Path file = dir.resolve("clustered.pb.txt");
        CtNetlistWriter.write(out, c.placement(), file);
        Netlist back = CtNetlistReader.read(file);
        assertEquals(out.nodeCount(), back.nodeCount());
        assertEquals(out.netPinCount(), back.netPinCount());
        assertEquals(out.count(NodeKind.SOFT_MACRO), back.count(NodeKind.SOFT_MACRO));
        assertTrue(Files.size(file) > 0);
    }
}
