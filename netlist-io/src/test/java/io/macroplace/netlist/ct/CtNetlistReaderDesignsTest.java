package io.macroplace.netlist.ct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The reader against the shared reference designs (skipped when ../shared/designs is absent). */
class CtNetlistReaderDesignsTest {

    @Test
    void everyDesignParses() throws IOException {
        for (SharedDesigns.CtDesign d : SharedDesigns.CT_DESIGNS) {
            Netlist n = CtNetlistReader.read(SharedDesigns.netlist(d));
            assertTrue(n.nodeCount() > 0, d.name());
            assertTrue(n.netCount() > 0, d.name());
        }
    }

    @Test
    void ariane133ClusteredHasTheDocumentedCounts() throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"));
        assertEquals(19_887, n.nodeCount());
        assertEquals(495, n.count(NodeKind.PORT));
        assertEquals(133, n.count(NodeKind.HARD_MACRO));
        assertEquals(782, n.count(NodeKind.SOFT_MACRO));
        assertEquals(7_847, n.count(NodeKind.HARD_MACRO_PIN));
        assertEquals(10_630, n.count(NodeKind.SOFT_MACRO_PIN));
        assertEquals(0, n.count(NodeKind.STDCELL));
        assertEquals(12_422, n.netCount());
        assertEquals(Map.of("soft_macro_area_bloating_ratio", "2.0"), n.metadata());

        // the first node after __metadata__ is port clk_i at (0.035, 350.07) on the left edge
        assertEquals("clk_i", n.name(0));
        assertEquals(NodeKind.PORT, n.kind(0));
        assertEquals(PortSide.LEFT, n.side(0));
        assertEquals(0.035, n.x(0));
        assertEquals(350.07, n.y(0));
        int rst = n.find("rst_ni").getAsInt();
        assertEquals(1, rst);
        int net = n.netOfDriver(rst);
        assertEquals(2, n.netSize(net));
        assertEquals(n.find("Grp_837/Pinput").getAsInt(), n.netPin(n.netStart(net) + 1));
    }

    @Test
    void ariane133FlatHasTheDocumentedCounts() throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45-flat", "netlist.pb.txt.gz"));
        assertEquals(96_886, n.nodeCount());
        assertEquals(88_411, n.count(NodeKind.STDCELL));
        assertEquals(495, n.count(NodeKind.PORT));
        assertEquals(7_847, n.count(NodeKind.HARD_MACRO_PIN) + n.count(NodeKind.SOFT_MACRO_PIN));
        // the flat netlist writes every type in lower case, so by CT's rule its 133 SRAMs are soft
        assertEquals(133, n.count(NodeKind.SOFT_MACRO));
        assertTrue(n.metadata().isEmpty());
        int cell = n.nodesOf(NodeKind.STDCELL)[0];
        assertTrue(n.refName(cell) != null && !n.refName(cell).isEmpty());
        int sram = n.nodesOf(NodeKind.SOFT_MACRO)[0];
        assertTrue(n.refName(sram) != null, "macros keep their ref_name");
    }

    @Test
    void lowerCaseMacroTypeMakesSoftMacrosAndPins() throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ct-macro_tiles_10x10", "netlist.pb.txt"));
        assertEquals(100, n.count(NodeKind.SOFT_MACRO));
        assertEquals(0, n.count(NodeKind.HARD_MACRO));
        assertEquals(1_200, n.count(NodeKind.SOFT_MACRO_PIN));
        int m = n.find("M_R0_C0").getAsInt();
        assertEquals(50.0, n.width(m));
        assertEquals(35.0, n.x(m));
        int pin = n.find("M_R0_C0/PN0").getAsInt();
        assertEquals(m, n.pinMacro(pin));
        assertEquals(-16.666667, n.pinOffsetX(pin));
        assertEquals(25.0, n.pinOffsetY(pin));
        assertTrue(Double.isNaN(n.x(pin)), "pin without x has NaN");
    }

    @Test
    void clusteredSampleMixesHardAndSoftAndLeavesUnplacedMacrosNaN() throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ct-sample_clustered", "netlist.pb.txt"));
        int m0 = n.find("M0").getAsInt();
        assertEquals(NodeKind.HARD_MACRO, n.kind(m0));
        assertEquals(Orientation.N, n.orientation(m0));
        assertTrue(Double.isNaN(n.x(m0)), "M0 has no x in the netlist");
        int grp = n.find("Grp_2").getAsInt();
        assertEquals(NodeKind.SOFT_MACRO, n.kind(grp));
        assertEquals(NodeKind.SOFT_MACRO_PIN, n.kind(n.find("Grp_2/Pinput").getAsInt()));
    }

    @Test
    void lowerCaseEverythingParses() throws IOException {
        Netlist n = CtNetlistReader.read(SharedDesigns.file("ct-simple_with_coords", "netlist.pb.txt"));
        assertEquals(2, n.count(NodeKind.PORT));
        assertEquals(2, n.count(NodeKind.STDCELL));
        assertEquals(2, n.count(NodeKind.SOFT_MACRO));
        int p1 = n.find("P1").getAsInt();
        assertEquals(PortSide.TOP, n.side(p1));
        int s0 = n.find("S0").getAsInt();
        assertEquals("fake_ref_name", n.refName(s0));
        assertEquals(2.208, n.width(s0));
        assertEquals(0.48, n.height(s0));
    }
}
