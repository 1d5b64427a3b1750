package io.macroplace.env.cost;

import static io.macroplace.env.cost.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.cost.testing.NaiveProxyCost;
import io.macroplace.env.cost.testing.RandomDesigns;
import io.macroplace.env.cost.testing.Scramble;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WirelengthTermTest {

    @Test
    void agreesWithNaiveOnRandomDesigns() {
        for (long seed = 0; seed < 300; seed++) {
            RandomDesigns.Design d = RandomDesigns.design(seed);
            PlacementState st = PlacementState.of(d.netlist());
            CostModel m = CostModel.of(d.netlist(), d.settings());
            NaiveProxyCost naive = new NaiveProxyCost(d.netlist(), d.settings());
            WirelengthTerm term = new WirelengthTerm(m, st);
            SplittableRandom r = new SplittableRandom(seed);
            for (int round = 0; round < 3; round++) {
                var expected = naive.evaluate(st);
                assertClose(expected.hpwl(), term.hpwl(), 1e-12, "hpwl seed " + seed);
                assertClose(expected.wirelength(), term.value(), 1e-12, "wirelength seed " + seed);
                assertClose(expected.wirelength(), term.evaluateFromScratch(), 1e-12, "full seed " + seed);
                Scramble.scramble(st, r, d.settings().cellWidth(), d.settings().cellHeight());
                term.reset();
            }
        }
    }

    @Test
    void handComputedWeightedHpwlWithSoftPinAtCentreAndTurnedHardPin() throws Exception {
        NetlistBuilder b = new NetlistBuilder("hand");
        int port = b.addPort("p", 0, 10, PortSide.LEFT, 1);
        b.addMacro("A", true, 20, 10, 50, 50, Orientation.N, 2);
        int a = b.addPin("A/o", "A", 4, 3, Double.NaN, Double.NaN, 3.0, 3); // pin at (54, 53)
        b.addMacro("G", false, 10, 10, 80, 20, Orientation.N, 4);
        b.addPin("G/i", "G", 5, 5, Double.NaN, Double.NaN, 1.0, 5); // soft pin: at the centre (80, 20)
        b.addInput(port, "A/o", 1);
        b.addInput(a, "G/i", 3);
        b.addInput(a, "p", 3);
        Netlist n = b.build();
        CostSettings s = new CostSettings(100, 100, 10, 10, 1, 1, 1, 1, 0, 1, 0.5, 0.5, List.of(), PinMode.DEFAULT);
        PlacementState st = PlacementState.of(n);
        WirelengthTerm t = new WirelengthTerm(CostModel.of(n, s), st);
        // net 0 (port, weight 1): (0,10)-(54,53): 54 + 43 = 97
        // net 1 (A/o weight 3): (54,53),(80,20),(0,10): 3 * (80 + 43) = 369
        assertEquals(97 + 369, t.hpwl(), 1e-12);
        assertEquals(466.0 / (200 * 4), t.value(), 1e-15);

        st.setOrientation(n.find("A").getAsInt(), Orientation.S); // pin would be at (46, 47)
        t.reset();
        assertEquals(466, t.hpwl(), 1e-12, "DEFAULT mode ignores the placement's orientation");
        WirelengthTerm oriented = new WirelengthTerm(CostModel.of(n, s.withPinMode(PinMode.ORIENTED)), st);
        // net 0: (0,10)-(46,47): 83; net 1: (46,47),(80,20),(0,10): 3 * (80 + 37) = 351
        assertEquals(83 + 351, oriented.hpwl(), 1e-12);
    }
}
