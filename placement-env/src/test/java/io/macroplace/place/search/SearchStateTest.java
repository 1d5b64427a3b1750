package io.macroplace.place.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Placement;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SearchStateTest {

    @Test
    void randomLegalMovesWithCheckModeKeepCostIndexAndBestConsistent() {
        PlacementProblem p = io.macroplace.env.problem.TinyDesigns.generated(11);
        Placement start = new Legalizer(p, 0).legalStart();
        SearchState s = new SearchState(p, start, 0.0);
        s.cost().setCheckMode(true); // every commit/revert is compared with a full evaluation
        MacroNetModel m = p.model();
        SplittableRandom r = new SplittableRandom(5);
        double w = p.canvas().width();
        double h = p.canvas().height();
        int proposed = 0;
        for (int i = 0; i < 400; i++) {
            int o = r.nextInt(m.objectCount());
            int b = r.nextInt(m.hardCount);
            double d;
            if (m.isHard(o) && r.nextBoolean() && o != b) {
                if (!s.fits(o, s.x(b), s.y(b), b) || !s.fits(b, s.x(o), s.y(o), o)
                        || m.objW[o] != m.objW[b] || m.objH[o] != m.objH[b]) {
                    continue;
                }
                d = s.proposeSwap(o, b);
            } else {
                double cx = m.objW[o] / 2 + r.nextDouble() * (w - m.objW[o]);
                double cy = m.objH[o] / 2 + r.nextDouble() * (h - m.objH[o]);
                if (m.isHard(o) && !s.fits(o, cx, cy, -1)) {
                    continue;
                }
                d = s.proposeShift(o, cx, cy);
            }
            proposed++;
            double before = s.current();
            if (d < 0 || r.nextDouble() < 0.3) {
                s.commit();
                assertEquals(before + d, s.current(), 1e-9);
            } else {
                s.revert();
                assertEquals(before, s.current(), 0.0);
            }
            assertTrue(s.best() <= s.current() + 1e-15);
        }
        assertTrue(proposed > 50, "only " + proposed + " moves were legal");
        Placement best = s.bestPlacement();
        assertTrue(Legality.check(p.netlist(), best, p.canvas()).legal());
        assertEquals(p.evaluator().evaluate(best).proxy(), s.best(), 1e-9);
        s.restoreBest();
        assertEquals(s.best(), s.current(), 1e-9);
        assertTrue(s.replaceSoftMacros() || s.current() == s.best());
        assertTrue(s.current() <= s.best() + 1e-12);
    }

    @Test
    void aCopiedStateHasTheOthersPlacementCostAndBest() {
        PlacementProblem p = io.macroplace.env.problem.TinyDesigns.generated(12);
        Placement start = new Legalizer(p, 0).legalStart();
        SearchState a = new SearchState(p, start, 0.0);
        SearchState b = new SearchState(p, start, 0.0);
        MacroNetModel m = p.model();
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 300; i++) { // walk a downhill, so its best improves on b's
            int o = r.nextInt(m.objectCount());
            double cx = m.objW[o] / 2 + r.nextDouble() * (p.canvas().width() - m.objW[o]);
            double cy = m.objH[o] / 2 + r.nextDouble() * (p.canvas().height() - m.objH[o]);
            if (!m.isHard(o) || a.fits(o, cx, cy, -1)) {
                if (a.proposeShift(o, cx, cy) < 0) {
                    a.commit();
                } else {
                    a.revert();
                }
            }
        }
        assertTrue(a.best() < b.best());
        b.copyFrom(a);
        assertEquals(a.current(), b.current(), 1e-12);
        assertEquals(a.best(), b.best(), 0.0);
        assertEquals(a.bestPlacement(), b.bestPlacement());
        for (int o = 0; o < m.objectCount(); o++) {
            assertEquals(a.x(o), b.x(o), 0.0);
            assertEquals(a.y(o), b.y(o), 0.0);
        }
        int o = m.hardCount - 1; // the copy's overlap index follows: o fits where it is, not on macro 0
        assertTrue(b.fits(o, b.x(o), b.y(o), -1));
        assertTrue(!b.fits(o, b.x(0), b.y(0), -1));
    }
}
