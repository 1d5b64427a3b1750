package io.macroplace.env.cost;

import static io.macroplace.env.cost.testing.Close.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.testing.NaiveProxyCost;
import io.macroplace.env.cost.testing.RandomDesigns;
import io.macroplace.env.cost.testing.RandomMoves;
import io.macroplace.env.move.Move;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.NodeKind;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProxyCostTest {
    private static final double REL = 1e-9;

    /** Proposed values against a from-scratch evaluation of the proposed state. */
    static void assertProposalExact(ProxyCost cost, String what) {
        CostBreakdown full = ProxyCost.evaluate(cost.model(), cost.state());
        assertClose(full.hpwl(), cost.proposedHpwl(), REL, what + " hpwl");
        assertClose(full.wirelength(), cost.proposedWirelength(), REL, what + " wirelength");
        assertClose(full.density(), cost.proposedDensity(), REL, what + " density");
        assertClose(full.congestion(), cost.proposedCongestion(), REL, what + " congestion");
        assertClose(full.proxy(), cost.proposedProxy(), REL, what + " proxy");
    }

    @Test
    void tenThousandMixedMovesAgreeWithFromScratchAtEveryStep() {
        int steps = 0;
        for (long seed = 0; steps < 10_000; seed++) {
            RandomDesigns.Design d = RandomDesigns.design(1000 + seed);
            PlacementState st = PlacementState.of(d.netlist());
            CostModel m = CostModel.of(d.netlist(), d.settings());
            ProxyCost cost = new ProxyCost(m, st);
            cost.setCheckMode(true); // every commit and revert is compared with a full evaluation
            NaiveProxyCost naive = new NaiveProxyCost(d.netlist(), d.settings());
            RandomMoves moves = new RandomMoves(d.netlist(), RandomDesigns.W, RandomDesigns.H, seed);
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = 0; i < 500; i++, steps++) {
                double before = cost.proxy();
                Move mv = moves.next(st);
                double delta = cost.propose(mv);
                assertProposalExact(cost, "seed " + seed + " step " + i + " " + mv);
                assertEquals(cost.proposedProxy() - before, delta, 1e-12);
                if (r.nextBoolean()) {
                    cost.commit();
                    assertEquals(cost.proxy(), before + delta, 1e-12 * Math.max(1, Math.abs(before)));
                } else {
                    cost.revert();
                    assertEquals(before, cost.proxy(), "revert restores the committed proxy exactly");
                }
                if (i % 50 == 0) {
                    CostBreakdown n = naive.evaluate(st);
                    assertClose(n.proxy(), cost.proxy(), REL, "naive proxy seed " + seed + " step " + i);
                    assertClose(n.hpwl(), cost.hpwl(), REL, "naive hpwl seed " + seed + " step " + i);
                }
            }
        }
    }

    @Test
    void revertRestoresTheStateAndRejectsMisuse() {
        RandomDesigns.Design d = RandomDesigns.design(7);
        PlacementState st = PlacementState.of(d.netlist());
        ProxyCost cost = new ProxyCost(CostModel.of(d.netlist(), d.settings()), st);
        int macro = d.netlist().nodesOf(NodeKind.HARD_MACRO)[0];
        double x = st.x(macro);
        double y = st.y(macro);
        cost.propose(new ShiftMove(macro, 1, 2));
        assertEquals(1, st.x(macro));
        assertThrows(IllegalStateException.class, () -> cost.propose(new ShiftMove(macro, 3, 3)));
        cost.revert();
        assertEquals(x, st.x(macro));
        assertEquals(y, st.y(macro));
        assertThrows(IllegalStateException.class, cost::commit);
        int pin = d.netlist().macroPin(macro, 0);
        assertThrows(IllegalArgumentException.class, () -> cost.propose(new ShiftMove(pin, 0, 0)));
        assertTrue(!cost.pending(), "a rejected move leaves nothing pending");
    }

    @Test
    void checkModeCatchesAStateChangedBehindTheCostsBack() {
        RandomDesigns.Design d = RandomDesigns.design(11);
        PlacementState st = PlacementState.of(d.netlist());
        ProxyCost cost = new ProxyCost(CostModel.of(d.netlist(), d.settings()), st);
        cost.setCheckMode(true);
        int[] hard = d.netlist().nodesOf(NodeKind.HARD_MACRO);
        st.setPosition(hard[0], st.x(hard[0]) + 17, st.y(hard[0]) + 13); // not through propose
        cost.propose(new ShiftMove(hard[hard.length - 1], 50, 40));
        assertThrows(CostCheckException.class, cost::revert);
        cost.reset();
        cost.propose(new ShiftMove(hard[hard.length - 1], 50, 40));
        cost.commit(); // consistent again after reset
    }
}
