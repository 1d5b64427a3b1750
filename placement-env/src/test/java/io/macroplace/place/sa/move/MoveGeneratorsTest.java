package io.macroplace.place.sa.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.move.Move;
import io.macroplace.env.move.OrientMove;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.move.SwapMove;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.search.SearchState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MoveGeneratorsTest {

    private static SearchState state(PlacementProblem p) {
        return new SearchState(p, new Legalizer(p, 0).legalStart(), 0);
    }

    @Test
    void generatorsDrawLegalMovesOfTheirKindAndLeaveTheStateAlone() {
        PlacementProblem p = TinyDesigns.generated(41);
        SearchState s = state(p);
        MoveContext c = new MoveContext(p, s);
        MacroNetModel m = p.model();
        double cost = s.current();
        SplittableRandom rng = new SplittableRandom(1);
        double radius = 10;
        for (MoveGenerator g : List.of(new HardShift(), HardSwap.defaults(), SoftShift.defaults(), new HardJump())) {
            assertTrue(g.applies(c), g.name());
            int drawn = 0;
            for (int i = 0; i < 2000; i++) {
                Move move = g.propose(c, radius, rng);
                if (move == null) {
                    continue;
                }
                drawn++;
                if (move instanceof ShiftMove sh) {
                    int o = m.objectOf(sh.node());
                    assertEquals(g instanceof SoftShift, !m.isHard(o), g.name());
                    assertTrue(!m.isHard(o) || s.fits(o, sh.x(), sh.y(), -1), g.name() + " drew an overlap");
                    if (!(g instanceof HardJump)) {
                        double limit = g instanceof SoftShift ? radius * 0.5 : radius;
                        assertTrue(Math.abs(sh.x() - s.x(o)) <= limit + 1e-9 && Math.abs(sh.y() - s.y(o)) <= limit + 1e-9);
                    }
                } else {
                    SwapMove w = assertInstanceOf(SwapMove.class, move, g.name());
                    int a = m.objectOf(w.first());
                    int b = m.objectOf(w.second());
                    assertTrue(m.isHard(a) && m.isHard(b) && a != b);
                    assertTrue(s.fits(a, s.x(b), s.y(b), b) && s.fits(b, s.x(a), s.y(a), a));
                }
            }
            assertTrue(drawn > 50, g.name() + " drew only " + drawn + " legal moves");
            assertEquals(cost, s.current(), 0.0, g.name() + " changed the state");
        }
        assertFalse(new Flip().applies(c), "flips change nothing when pins do not turn");
    }

    @Test
    void theMixDrawsByWeightAmongTheGeneratorsThatApply() {
        PlacementProblem p = TinyDesigns.generated(42);
        SearchState s = state(p);
        MoveContext c = new MoveContext(p, s);
        MoveMix mix = new MoveMix(c, List.of(new WeightedMove(new HardShift(), 1), new WeightedMove(new Flip(), 50),
                new WeightedMove(SoftShift.defaults(), 3), new WeightedMove(new HardJump(), 0)));
        SplittableRandom rng = new SplittableRandom(2);
        Map<Boolean, Integer> hard = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            Move move = mix.propose(10, rng);
            if (move != null) {
                assertFalse(move instanceof OrientMove, "flips do not apply here");
                ShiftMove sh = (ShiftMove) move;
                hard.merge(p.model().isHard(p.model().objectOf(sh.node())), 1, Integer::sum);
            }
        }
        // soft shifts are always legal, so about 3/4 of the draws are soft: 15,000 of 20,000
        assertEquals(15_000, hard.get(false), 400);
        assertTrue(hard.get(true) > 0 && hard.get(true) <= 5_400);
        MoveMix nothing = new MoveMix(c, List.of(new WeightedMove(new Flip(), 1)));
        assertFalse(nothing.canMove());
    }
}
