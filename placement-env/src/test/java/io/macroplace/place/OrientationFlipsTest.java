package io.macroplace.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.PinMode;
import io.macroplace.env.cost.testing.NaiveProxyCost;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import io.macroplace.place.cd.CdConfig;
import io.macroplace.place.cd.CoordinateDescentPlacer;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Flips of hard macros in SA and CD, which only the orient-pins mode proposes: two 80 x 20 macros
 * on a 100 x 80 canvas, each with one pin 35 microns right of its centre. M0's pin is wired to a
 * port on the left edge: unflipped that net is at least 75 long (the pin cannot get left of
 * x = 75), flipped (FN or S) it can shrink to 5. M1's pin goes to a port on the right edge, where
 * it already points. Pins sit at y offset 0, so a flip in y alone changes nothing.
 */
class OrientationFlipsTest {

    static PlacementProblem problem(PinMode mode) throws Exception {
        NetlistBuilder b = new NetlistBuilder("flips");
        int left = b.addPort("pl", 0, 20, PortSide.LEFT, 1);
        int right = b.addPort("pr", 100, 60, PortSide.RIGHT, 2);
        b.addMacro("M0", true, 80, 20, 50, 20, Orientation.N, 3);
        b.addMacro("M1", true, 80, 20, 50, 60, Orientation.N, 4);
        b.addPin("M0/a", "M0", 35, 0, Double.NaN, Double.NaN, 1.0, 5);
        b.addPin("M1/a", "M1", 35, 0, Double.NaN, Double.NaN, 1.0, 6);
        b.addInput(left, "M0/a", 7);
        b.addInput(right, "M1/a", 8);
        Netlist n = b.build();
        CostSettings s = CostSettings.resolve(n, PlcHeader.EMPTY.withCanvas(100, 80).withGrid(10, 8)).withPinMode(mode);
        return PlacementProblem.of(n, s, Placement.of(n));
    }

    /** The last best cost each placer reported, to compare its incremental cost with the result. */
    private static final class LastBest implements ProgressListener {
        double best = Double.NaN;

        @Override
        public void progress(String stage, double fraction, double b) {
            best = b;
        }
    }

    @Test
    void annealingAndCoordinateDescentFlipAMacroWhenThatShortensItsNet() throws Exception {
        PlacementProblem p = problem(PinMode.ORIENTED);
        Netlist n = p.netlist();
        int m0 = n.find("M0").getAsInt();
        int m1 = n.find("M1").getAsInt();
        double start = p.evaluator().evaluate(p.initial()).hpwl();
        assertEquals(85 + 15, start, 1e-9, "M0: 85 - 0 (x); M1: 100 - 85 (x)");
        Placer[] placers = {new AnnealingPlacer(SaConfig.defaults().withMaxMoves(40_000)),
            new CoordinateDescentPlacer(CdConfig.defaults())};
        for (Placer placer : placers) {
            LastBest last = new LastBest();
            PlacementResult r = placer.place(p, 3, Duration.ofSeconds(5), last);
            // the pin's x offset after the flip: M0's must point left (FN, S), M1's right (N, or FS,
            // which only mirrors y and costs the same here: SA may take that free move)
            Orientation o0 = r.placement().orientation(m0);
            Orientation o1 = r.placement().orientation(m1);
            assertTrue(o0.rotateX(35, 0) < 0, placer.name() + " left M0 " + o0);
            assertTrue(o1.rotateX(35, 0) > 0, placer.name() + " turned M1 " + o1);
            assertTrue(r.costs().hpwl() < 75, placer.name() + ": HPWL " + r.costs().hpwl() + " needs the flip");
            assertTrue(r.legal(), placer.name());
            // the reported cost is the from-scratch one, and agrees with the naive reference
            CostBreakdown naive = new NaiveProxyCost(n, p.settings()).evaluate(PlacementState.of(n, r.placement()));
            assertEquals(naive.proxy(), r.costs().proxy(), 1e-12, placer.name());
            assertEquals(naive.hpwl(), r.costs().hpwl(), 1e-9, placer.name());
            if (placer instanceof CoordinateDescentPlacer) {
                // CD reports its incremental best after every pass, the last one included
                assertEquals(r.costs().proxy(), last.best, 1e-12, "incremental cost drifted");
            }
        }
    }

    @Test
    void withoutOrientPinsNoMacroIsFlipped() throws Exception {
        PlacementProblem p = problem(PinMode.DEFAULT);
        for (Placer placer : new Placer[] {new AnnealingPlacer(SaConfig.defaults().withMaxMoves(20_000)),
            new CoordinateDescentPlacer(CdConfig.defaults())}) {
            PlacementResult r = placer.place(p, 3, Duration.ofSeconds(5), ProgressListener.NONE);
            for (String name : new String[] {"M0", "M1"}) {
                assertEquals(Orientation.N, r.placement().orientation(p.netlist().find(name).getAsInt()), placer.name());
            }
            assertTrue(r.costs().hpwl() >= 75 + 5 - 1e-9, placer.name() + ": " + r.costs().hpwl());
        }
    }
}
