package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.macroplace.env.cost.testing.RandomMoves;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.netlist.testing.SharedDesigns;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Mixed moves on ariane133 with check mode on, in both pin modes; proposals against full evaluation. */
class ArianeIncrementalTest {

    @Test
    void movesOnAriane133AgreeWithFromScratch() throws Exception {
        Netlist netlist = CtNetlistReader.read(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"));
        PlcFile plc = PlcReader.read(SharedDesigns.file("ariane133-ng45", "legalized.plc"), netlist);
        for (PinMode mode : PinMode.values()) {
            CostSettings s = CostSettings.resolve(netlist, plc.header()).withPinMode(mode);
            PlacementState st = PlacementState.of(netlist, plc.placement());
            ProxyCost cost = new ProxyCost(CostModel.of(netlist, s), st);
            cost.setCheckMode(true);
            RandomMoves moves = new RandomMoves(netlist, s.canvasWidth(), s.canvasHeight(), 42);
            SplittableRandom r = new SplittableRandom(42);
            for (int i = 0; i < 300; i++) {
                double before = cost.proxy();
                cost.propose(moves.next(st));
                ProxyCostTest.assertProposalExact(cost, mode + " step " + i);
                if (r.nextInt(3) == 0) {
                    cost.revert();
                    assertEquals(before, cost.proxy());
                } else {
                    cost.commit();
                }
            }
        }
    }
}
