package io.macroplace.place.greedy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import io.macroplace.place.PlacementProblem;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placers;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.model.MacroOrder;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Four 45 x 35 macros on a 100 x 80 canvas: many random draws leave the last macro no room. */
class CrowdedCanvasTest {

    static PlacementProblem crowded() throws Exception {
        NetlistBuilder b = new NetlistBuilder("crowded");
        int port = b.addPort("p", 0, 40, PortSide.LEFT, 1);
        for (int i = 0; i < 4; i++) {
            b.addMacro("M" + i, true, 45, 35, 50, 40, Orientation.N, 2 + i);
            b.addPin("M" + i + "/a", "M" + i, 0, 0, Double.NaN, Double.NaN, 1.0, 10 + i);
            b.addInput(port, "M" + i + "/a", 1);
        }
        Netlist n = b.build();
        CostSettings s = CostSettings.resolve(n, PlcHeader.EMPTY.withCanvas(100, 80).withGrid(10, 8));
        return PlacementProblem.of(n, s, Placement.of(n));
    }

    @Test
    void paintedIntoACornerDrawsAreRedrawnOrReplacedAndEveryPlacerEndsLegal() throws Exception {
        PlacementProblem p = crowded();
        GreedyDecoder d = GreedyPlacer.decoder(p, GreedyConfig.defaults());
        int[] order = MacroOrder.of(p.model());
        int failed = 0;
        for (long seed = 1; seed <= 40; seed++) {
            double[] x = new double[p.model().objectCount()];
            double[] y = new double[p.model().objectCount()];
            p.model().read(p.initial(), x, y);
            if (d.random(order, new SplittableRandom(seed), x, y) == Double.POSITIVE_INFINITY) {
                failed++;
            }
        }
        assertTrue(failed > 0, "the crowded canvas should defeat some random draws");
        for (String method : new String[] {"random", "greedy", "ea", "sa", "cd", "greedy+sa+cd"}) {
            for (long seed = 1; seed <= 5; seed++) {
                PlacementResult r = Placers.parse(method).place(p, seed, Duration.ofMillis(200), ProgressListener.NONE);
                assertTrue(r.legal(), method + " seed " + seed + ": " + r.legality());
            }
        }
    }
}
