package io.macroplace.place.sa.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.model.MacroNetModel;
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
    void generatorsProposeLegalMovesOfTheirKindAndLeaveCommittingToTheCaller() {
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
                double d = g.propose(c, radius, rng);
                if (!MoveGenerator.proposed(d)) {
                    assertEquals(-1, s.pendingObject(), g.name() + " left a move pending without proposing it");
                    continue;
                }
                drawn++;
                assertTrue(s.cost().pending(), g.name());
                assertEquals(s.cost().proposedProxy() - cost, d, 1e-12, g.name());
                int o = s.pendingObject();
                int b = s.pendingPartner();
                if (!(g instanceof HardSwap)) {
                    assertEquals(-1, b, g.name());
                    assertEquals(g instanceof SoftShift, !m.isHard(o), g.name());
                    double nx = s.proposedX(o);
                    double ny = s.proposedY(o);
                    assertTrue(!m.isHard(o) || s.fits(o, nx, ny, -1), g.name() + " drew an overlap");
                    if (!(g instanceof HardJump)) {
                        double limit = g instanceof SoftShift ? radius * 0.5 : radius;
                        assertTrue(Math.abs(nx - s.x(o)) <= limit + 1e-9 && Math.abs(ny - s.y(o)) <= limit + 1e-9);
                    }
                } else {
                    assertTrue(m.isHard(o) && m.isHard(b) && o != b);
                    assertEquals(s.x(b), s.proposedX(o), 0.0);
                    assertEquals(s.y(o), s.proposedY(b), 0.0);
                    assertTrue(s.fits(o, s.x(b), s.y(b), b) && s.fits(b, s.x(o), s.y(o), o));
                }
                s.revert();
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
            double d = mix.propose(10, rng);
            if (MoveGenerator.proposed(d)) {
                int o = s.pendingObject();
                assertEquals(s.orientation(o), s.cost().state().orientation(p.model().objNode[o]), "flips do not apply here");
                hard.merge(p.model().isHard(o), 1, Integer::sum);
                s.revert();
            }
        }
        // soft shifts are always legal, so about 3/4 of the draws are soft: 15,000 of 20,000
        assertEquals(15_000, hard.get(false), 400);
        assertTrue(hard.get(true) > 0 && hard.get(true) <= 5_400);
        MoveMix nothing = new MoveMix(c, List.of(new WeightedMove(new Flip(), 1)));
        assertFalse(nothing.canMove());
        assertFalse(MoveGenerator.proposed(nothing.propose(10, rng)));
    }
}
