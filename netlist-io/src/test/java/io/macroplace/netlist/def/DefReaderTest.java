package io.macroplace.netlist.def;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import io.macroplace.netlist.lef.LefPin;
import io.macroplace.netlist.testing.LefDefFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefReaderTest {
    private static final double EPS = 1e-9;
    @TempDir
    static Path dir;
    private static DefDesign d;
    private static Netlist n;

    @BeforeAll
    static void read() throws IOException {
        LefDefFixtures.copy(dir);
        d = DefReader.read(dir.resolve("small.def"), LefDefFixtures.lefs(dir));
        n = d.netlist();
    }

    private static int node(String name) {
        return n.find(name).orElseThrow(() -> new AssertionError("no node " + name));
    }

    @Test
    void headerUnitsAndPolygonDie() {
        assertEquals("5.8", d.version());
        assertEquals("small", d.designName());
        assertEquals("/", d.dividerChar());
        assertEquals("[]", d.busBitChars());
        assertEquals(1000, d.dbu());
        // a 4-point polygon from (10000, 5000) to (160000, 105000): its bounding box is the canvas
        assertTrue(d.diePolygon());
        assertEquals(4, d.diePoints());
        assertEquals(150, d.dieWidth(), EPS);
        assertEquals(100, d.dieHeight(), EPS);
        PlcHeader h = d.header();
        assertEquals(150, h.width().getAsDouble(), EPS);
        assertEquals(100, h.height().getAsDouble(), EPS);
        assertEquals("small", h.block());
        assertEquals(50, d.rows().size());
        DefRow r1 = d.rows().get(1);
        assertEquals(new DefRow("ROW_1", "core", 10000, 7000, Orientation.FS, 750, 1, 200, 0), r1);
    }

    @Test
    void countsAsTheDefGivesThem() {
        assertEquals(14, d.components().size());
        assertEquals(8, d.hardMacroCount());
        assertEquals(3, d.fixedCount()); // ram_fw FIXED, tap1 FIXED, pad1 COVER
        assertEquals(4, d.pinCount());
        assertEquals(6, d.netCount());
        assertEquals(1, d.supplyNets()); // VDD (+ USE POWER)
        assertEquals(1, d.singlePinNets()); // n3: two pins of u2
        assertEquals(4, d.signalNets());
        assertEquals(1, d.specialNets());
        assertEquals(1, d.components().haloCount());
        assertEquals(4, n.netCount());
        assertEquals(8, n.count(NodeKind.HARD_MACRO));
        assertEquals(6, n.count(NodeKind.STDCELL)); // INV x3, TAP, PADIN, FILL
        assertEquals(3, n.count(NodeKind.PORT)); // VDD is a supply pin
        assertFalse(n.find("VDD").isPresent());
    }

    @Test
    void namesAreKeptVerbatim() {
        assertTrue(n.find("u1/inv\\[0\\]").isPresent());
        assertTrue(n.find("out\\[0\\]").isPresent());
        assertTrue(n.find("ram_n/D[0]").isPresent());
        assertEquals("INV", n.refName(node("u1/inv\\[0\\]")));
        assertEquals("RAM", n.refName(node("ram_n")));
    }

    /** The LEFDEF.md table: where a pin at (px, py) of a w x h cell placed at (x, y) lands. */
    private static double[] table(Orientation o, double x, double y, double w, double h, double px, double py) {
        return switch (o) {
            case N -> new double[] {x + px, y + py};
            case S -> new double[] {x + w - px, y + h - py};
            case W -> new double[] {x + h - py, y + px};
            case E -> new double[] {x + py, y + w - px};
            case FN -> new double[] {x + w - px, y + py};
            case FS -> new double[] {x + px, y + h - py};
            case FW -> new double[] {x + py, y + px};
            case FE -> new double[] {x + h - py, y + w - px};
        };
    }

    @Test
    void everyOrientationPutsCentreAndPinsWhereTheDefSays() {
        String[] names = {"ram_n", "ram_s", "ram_e", "ram_w", "ram_fn", "ram_fs", "ram_fe", "ram_fw"};
        Set<Orientation> seen = new TreeSet<>();
        Placement p = d.placement();
        DefComponents c = d.components();
        for (int i = 0; i < names.length; i++) {
            int m = node(names[i]);
            Orientation o = p.orientation(m);
            seen.add(o);
            assertEquals(c.orientation(i), o);
            assertEquals(20, n.width(m), EPS);
            assertEquals(10, n.height(m), EPS);
            double w = o.swapsSides() ? 10 : 20;
            double h = o.swapsSides() ? 20 : 10;
            // DEF lower-left in microns from the die corner (10, 5)
            double x = c.x(i) / 1000 - 10;
            double y = c.y(i) / 1000 - 5;
            assertEquals(x + w / 2, p.x(m), EPS, names[i] + " centre x");
            assertEquals(y + h / 2, p.y(m), EPS, names[i] + " centre y");
            for (String pin : new String[] {"CLK", "D[0]", "Q[0]"}) {
                var pinNode = n.find(names[i] + "/" + pin);
                if (pinNode.isEmpty()) {
                    continue;
                }
                int k = pinNode.getAsInt();
                assertEquals(m, n.pinMacro(k));
                LefPin lp = c.macro(i).pin(pin);
                double[] want = table(o, x, y, 20, 10, lp.x(), lp.y());
                double gotX = p.x(m) + o.rotateX(n.pinOffsetX(k), n.pinOffsetY(k));
                double gotY = p.y(m) + o.rotateY(n.pinOffsetX(k), n.pinOffsetY(k));
                assertEquals(want[0], gotX, EPS, names[i] + "/" + pin + " x");
                assertEquals(want[1], gotY, EPS, names[i] + "/" + pin + " y");
            }
        }
        assertEquals(Set.of(Orientation.values()), seen);
    }

    @Test
    void cellsStatusAndFixedFlags() {
        Placement p = d.placement();
        int u1 = node("u1/inv\\[0\\]");
        assertEquals(NodeKind.STDCELL, n.kind(u1));
        assertEquals(130 - 10 + 0.3, p.x(u1), EPS);
        assertEquals(20 - 5 + 1, p.y(u1), EPS);
        assertEquals(0.6, n.width(u1), EPS);
        assertFalse(p.fixed(u1));
        int u3 = node("u3");
        assertTrue(Double.isNaN(p.x(u3)));
        assertEquals(DefStatus.UNPLACED, d.components().status(10));
        assertEquals(DefStatus.NONE, d.components().status(13));
        assertTrue(p.fixed(node("ram_fw")));
        assertTrue(p.fixed(node("tap1")));
        assertTrue(p.fixed(node("pad1")));
        assertFalse(p.fixed(node("ram_n")));
    }

    @Test
    void ioPinsTakeTheirFirstPlacedPortAndShapeCentre() {
        Placement p = d.placement();
        // clk: first PORT at (85000, 5000) N, shape centre (0, 200)
        int clk = node("clk");
        assertEquals(75, p.x(clk), EPS);
        assertEquals(0.2, p.y(clk), EPS);
        assertEquals(PortSide.BOTTOM, n.side(clk));
        // out[0]: shape centre (200, 0) turned by W is (0, 200), at (160000, 60000)
        int out = node("out\\[0\\]");
        assertEquals(150, p.x(out), EPS);
        assertEquals(55.2, p.y(out), EPS);
        assertEquals(PortSide.RIGHT, n.side(out));
        assertEquals(0, p.x(node("in1")), EPS);
    }

    @Test
    void netsStartAtTheirDriverWithEachNodeOnce() {
        List<List<String>> nets = new ArrayList<>();
        for (int k = 0; k < n.netCount(); k++) {
            List<String> pins = new ArrayList<>();
            for (int i = n.netStart(k); i < n.netEnd(k); i++) {
                pins.add(n.name(n.netPin(i)));
            }
            nets.add(pins);
        }
        assertEquals(List.of(
                List.of("clk", "ram_n/CLK", "ram_s/CLK", "ram_e/CLK", "ram_w/CLK", "ram_fn/CLK", "ram_fs/CLK",
                        "ram_fe/CLK", "ram_fw/CLK"),
                List.of("in1", "u1/inv\\[0\\]"),               // the design's input drives
                List.of("u1/inv\\[0\\]", "ram_n/D[0]", "u2"),  // the output pin Y drives
                List.of("ram_s/Q[0]", "out\\[0\\]", "ram_e/D[0]")), nets);
        assertEquals(3, n.netWeight(2), EPS); // + WEIGHT 3
        assertEquals(1, n.netWeight(0), EPS);
    }

    @Test
    void placementBlockagesBecomeCostBlockages() {
        List<Blockage> b = d.header().blockages();
        assertEquals(2, b.size()); // the LAYER blockage is a routing one
        assertEquals(new Blockage(110, 55, 130, 75, 1.0), b.get(0));
        assertEquals(new Blockage(0, 85, 20, 100, 0.6), b.get(1)); // PARTIAL 40: 60 % blocked
    }

    @Test
    void gridAndRoutingSettingsAreChosen() {
        PlcHeader h = d.header();
        CtGridding.Choice g = d.grid().orElseThrow();
        assertEquals(g.columns(), h.columns().getAsInt());
        assertEquals(g.rows(), h.rows().getAsInt());
        assertEquals(7.5, h.routesPerMicronH().getAsDouble(), 1e-9);
        assertEquals(4, h.routesPerMicronV().getAsDouble(), 1e-9);
        assertEquals(5, h.macroRoutesH().getAsDouble(), 1e-9);
        assertEquals(4, h.macroRoutesV().getAsDouble(), 1e-9);
    }

    @Test
    void aWildcardConnectsEveryComponentWithThePinAndHistoryIsFreeText() throws IOException {
        String text = LefDefFixtures.text("small.def")
                .replace("NETS 6 ;", "NETS 7 ;\n- nstar ( * A ) ( PIN in1 ) ;")
                .replace("DESIGN small ;", "DESIGN small ;\nHISTORY 2024 ;"); // free text, not a section
        Path def = java.nio.file.Files.writeString(dir.resolve("star.def"), text);
        DefDesign s = DefReader.read(def, LefDefFixtures.lefs(dir));
        Netlist sn = s.netlist();
        int k = 0; // nstar is listed first
        List<String> pins = new ArrayList<>();
        for (int i = sn.netStart(k); i < sn.netEnd(k); i++) {
            pins.add(sn.name(sn.netPin(i)));
        }
        assertEquals(List.of("in1", "u1/inv\\[0\\]", "u2", "u3"), pins);
    }
}
