package io.macroplace.netlist.plc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.testing.SharedDesigns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** .plc files shipped with the reference designs. */
class PlcReaderDesignsTest {

    static Netlist netlist(String design) throws IOException {
        return CtNetlistReader.read(SharedDesigns.netlist(SharedDesigns.ct(design)));
    }

    @Test
    void everyShippedPlcReadsAgainstItsNetlist() throws IOException {
        for (SharedDesigns.CtDesign d : SharedDesigns.CT_DESIGNS) {
            Path plc = SharedDesigns.plc(d);
            if (plc == null) {
                continue;
            }
            Netlist n = CtNetlistReader.read(SharedDesigns.netlist(d));
            PlcFile f = PlcReader.read(plc, n);
            assertEquals(n.nodeCount(), f.placement().size(), plc.toString());
            assertEquals(f.header(), PlcReader.readHeader(plc), plc.toString());
        }
    }

    @Test
    void legalizedPlcHeaderHasTheGoldenSettings() throws IOException {
        Netlist n = netlist("ariane133-ng45");
        PlcFile f = PlcReader.read(SharedDesigns.file("ariane133-ng45", "legalized.plc"), n);
        PlcHeader h = f.header();
        assertEquals(24, h.columns().getAsInt());
        assertEquals(21, h.rows().getAsInt());
        assertEquals(1433.406, h.width().getAsDouble());
        assertEquals(1433.406, h.height().getAsDouble());
        assertEquals(57.031, h.routesPerMicronH().getAsDouble());
        assertEquals(56.818, h.routesPerMicronV().getAsDouble());
        assertEquals(39.583, h.macroRoutesH().getAsDouble());
        assertEquals(30.303, h.macroRoutesV().getAsDouble());
        assertEquals(0.0, h.smoothing().getAsDouble());
        assertTrue(h.overlapThreshold().isEmpty());
        assertEquals("unset_block", h.block());
        assertEquals("4763106.815", h.costs().get("Wirelength"));
        assertEquals("0.0736", h.costs().get("Wirelength cost"));
        assertEquals("0.7259", h.costs().get("Congestion cost"));
        assertEquals("0.4988", h.costs().get("Density cost"));
        assertEquals("1447227.522542122", h.costs().get("Area (stdcell+macros)"));
        assertFalse(h.costs().containsKey("Use incremental cost"), "a setting, not a cost");

        Placement p = f.placement();
        // the file's last line: 19882 268.764 1126.25 N 0
        assertEquals(268.764, p.x(19882));
        assertEquals(1126.25, p.y(19882));
        int s = 0;
        for (int m : n.nodesOf(NodeKind.HARD_MACRO)) {
            if (p.orientation(m) == Orientation.S) {
                s++;
            }
        }
        assertEquals(19, s, "19 hard macros are turned S in legalized.plc");
        for (int port : n.nodesOf(NodeKind.PORT)) {
            assertTrue(p.fixed(port), "ports are fixed");
        }
    }

    @Test
    void blockagesAndPartialBodiesOfCtTestData() throws IOException {
        Netlist n = netlist("ct-simple_grouped_with_coords_with_blockage");
        PlcFile f = PlcReader.read(SharedDesigns.file("ct-simple_grouped_with_coords_with_blockage", "initial.plc"), n);
        assertEquals(List.of(new Blockage(0, 0, 10, 10, 1.0), new Blockage(490, 490, 500, 500, 1.0)),
                f.header().blockages());
        assertNull(f.header().block());
        assertEquals(Map.of(), f.header().costs());

        // sample_clustered's macros have no netlist position: the .plc gives them one
        Netlist c = netlist("ct-sample_clustered");
        int m0 = c.find("M0").getAsInt();
        assertTrue(Double.isNaN(c.x(m0)));
        PlcFile g = PlcReader.read(SharedDesigns.file("ct-sample_clustered", "initial.plc"), c);
        assertEquals(125.0, g.placement().x(m0));
        assertEquals(375.0, g.placement().y(m0));
        assertEquals("0.2305", g.header().costs().get("Density cost"));
        int pin = c.find("P0_M0").getAsInt();
        assertEquals(c.x(pin), g.placement().x(pin), 0.0, "pins keep their netlist values");
    }

    @Test
    void headerOnlyPlcKeepsNetlistPositions() throws IOException {
        // CT ships header-only .plc files for netlists that carry their own coordinates
        Netlist n = netlist("ct-toy_macro_stdcell");
        PlcFile f = PlcReader.read(SharedDesigns.file("ct-toy_macro_stdcell", "initial.plc"), n);
        assertEquals(Placement.of(n), f.placement());
        assertEquals(20, f.header().columns().getAsInt());
        assertEquals(10, f.header().rows().getAsInt());
        assertEquals(200.0, f.header().width().getAsDouble());
    }
}
