package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.netlist.testing.SharedDesigns;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ariane133-ng45 + legalized.plc against the full-precision numbers of ../shared/designs/README.md. */
class ArianeGoldenTest {
    private static final double REL = 1e-9;
    private static Netlist netlist;
    private static PlcFile plc;

    @BeforeAll
    static void load() throws Exception {
        netlist = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"));
        plc = PlcReader.read(SharedDesigns.file("ariane133-ng45", "legalized.plc"), netlist);
    }

    private static void assertRel(double expected, double actual, String what) {
        assertEquals(expected, actual, REL * Math.abs(expected), what);
    }

    @Test
    void settingsComeFromTheHeader() {
        CostSettings s = CostSettings.resolve(netlist, plc.header());
        assertEquals(1433.406, s.canvasWidth());
        assertEquals(24, s.columns());
        assertEquals(21, s.rows());
        assertEquals(57.031, s.routesPerMicronH());
        assertEquals(56.818, s.routesPerMicronV());
        assertEquals(39.583, s.macroRoutesH());
        assertEquals(30.303, s.macroRoutesV());
        assertEquals(0, s.smoothingRange());
    }

    @Test
    void defaultModeMatchesReferenceFullAndIncremental() {
        CostSettings s = CostSettings.resolve(netlist, plc.header());
        check(s, 4763107.117000044, 0.07356822360533051, 0.49881790624435346, 0.725914889902168,
                0.6859346216785913);
    }

    @Test
    void orientedModeMatchesReference() {
        CostSettings s = CostSettings.resolve(netlist, plc.header()).withPinMode(PinMode.ORIENTED);
        double wl = 0.07315991930788034;
        double d = 0.49881790624435346;
        double c = 0.7258275489329321;
        check(s, 4736671.83000005, wl, d, c, wl + 0.5 * d + 0.5 * c);
    }

    private static void check(CostSettings s, double hpwl, double wl, double density, double congestion,
                              double proxy) {
        CostModel model = CostModel.of(netlist, s);
        PlacementState state = PlacementState.of(netlist, plc.placement());
        CostBreakdown full = ProxyCost.evaluate(model, state);
        assertRel(hpwl, full.hpwl(), "full hpwl");
        assertRel(wl, full.wirelength(), "full wirelength cost");
        assertRel(density, full.density(), "full density cost");
        assertRel(congestion, full.congestion(), "full congestion cost");
        assertRel(proxy, full.proxy(), "full proxy cost");

        ProxyCost inc = new ProxyCost(model, state);
        assertRel(hpwl, inc.hpwl(), "incremental hpwl");
        assertRel(wl, inc.wirelength(), "incremental wirelength cost");
        assertRel(density, inc.density(), "incremental density cost");
        assertRel(congestion, inc.congestion(), "incremental congestion cost");
        assertRel(proxy, inc.proxy(), "incremental proxy cost");
    }
}
