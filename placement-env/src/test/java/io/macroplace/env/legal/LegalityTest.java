package io.macroplace.env.legal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import java.util.List;
import org.junit.jupiter.api.Test;

class LegalityTest {

    /** The four 45 x 35 macros of {@link TinyDesigns#crowded()} packed 2 x 2 from the origin with gaps gx, gy. */
    private static Placement packed(Netlist n, double gx, double gy) {
        double[] x = new double[n.nodeCount()];
        double[] y = new double[n.nodeCount()];
        Placement base = Placement.of(n);
        for (int i = 0; i < 4; i++) {
            int node = n.find("M" + i).getAsInt();
            x[node] = 22.5 + (i % 2) * (45 + gx);
            y[node] = 17.5 + (i / 2) * (35 + gy);
        }
        return new Placement(x, y, base.orientations(), base.fixedFlags());
    }

    @Test
    void pairsCloserThanTheSpacingAlongBothAxesAreViolations() {
        PlacementProblem p = TinyDesigns.crowded();
        Netlist n = p.netlist();
        Placement pl = packed(n, 5, 3);
        double tol = Legality.DEFAULT_TOLERANCE;
        assertTrue(Legality.check(n, pl, p.canvas()).legal());
        assertTrue(Legality.check(n, pl, p.canvas(), tol, 3).legal());
        // spacing 4: only the two pairs stacked 3 apart (side by side and diagonal pairs are 5 apart in x)
        LegalityReport four = Legality.check(n, pl, p.canvas(), tol, 4);
        assertEquals(2, four.overlaps());
        assertEquals(0, four.outside());
        assertTrue(four.firstProblem().contains("closer than 4.0"), four.firstProblem());
        // spacing 6: side by side (5), stacked (3) and diagonal (5 and 3) pairs all violate
        assertEquals(6, Legality.check(n, pl, p.canvas(), tol, 6).overlaps());
        assertTrue(Legality.check(n, packed(n, 6, 6), p.canvas(), tol, 6).legal(), "exactly the spacing is legal");
    }

    @Test
    void blockagesNeedTheSpacingToo() {
        PlacementProblem p = TinyDesigns.crowded();
        Netlist n = p.netlist();
        // the packing ends at x = 95; the blockage starts 2 microns to the right of M1 and M3
        Canvas c = new Canvas(100, 80, 10, 8, List.of(new Blockage(97, 0, 100, 80, 1)));
        Placement pl = packed(n, 5, 5);
        assertTrue(Legality.check(n, pl, c, Legality.DEFAULT_TOLERANCE, 2).legal());
        LegalityReport three = Legality.check(n, pl, c, Legality.DEFAULT_TOLERANCE, 3);
        assertEquals(2, three.blocked());
        assertEquals(0, three.overlaps());
    }
}
