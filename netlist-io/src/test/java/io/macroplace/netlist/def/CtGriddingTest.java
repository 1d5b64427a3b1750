package io.macroplace.netlist.def;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CtGriddingTest {

    private static double[] repeat(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /**
     * Grids chosen by the TILOS MacroPlacement project's own gridding script
     * (CodeElements/Gridding/src/gridding.py, run on the same macros grown by the same 0.05 µm halo):
     * an independent implementation of the same procedure.
     */
    @Test
    void choosesTheGridsOfTheReferenceImplementation() {
        // Circuit Training's Ariane as LEF/DEF: 133 SRAMs of 29.355 x 19.26 µm on a 356.592 x 356.64 µm die
        assertGrid(24, 35, CtGridding.choose(356.592, 356.64, repeat(29.355, 133), repeat(19.26, 133)));
        // the eight RAMs of the small test DEF, half of them turned
        assertGrid(29, 19, CtGridding.choose(150, 100, new double[] {20, 20, 10, 10, 20, 20, 10, 10},
                new double[] {10, 10, 20, 20, 10, 10, 20, 20}));
        // macros of six different sizes
        assertGrid(28, 23, CtGridding.choose(200, 120, new double[] {30, 12.3, 20, 20, 8, 45},
                new double[] {20, 7.1, 10, 10, 8, 12}));
    }

    private static void assertGrid(int cols, int rows, Optional<CtGridding.Choice> c) {
        assertTrue(c.isPresent());
        assertEquals(cols, c.get().columns(), "columns");
        assertEquals(rows, c.get().rows(), "rows");
        assertTrue(c.get().metric() >= 0.95 * c.get().best());
    }

    @Test
    void withoutMacrosTheSmallestGridWithinTheBoundsWins() {
        // every candidate scores 1 (all cells empty, no waste measured): the fewest cells win, 20 x 25
        CtGridding.Choice c = CtGridding.choose(100, 100, new double[0], new double[0]).orElseThrow();
        assertEquals(25, c.columns());
        assertEquals(20, c.rows());
    }

    @Test
    void noGridWhenAMacroCannotBePacked() {
        assertTrue(CtGridding.choose(100, 100, new double[] {120}, new double[] {10}).isEmpty());
        // 30 macros of 30 x 30 cannot all sit on cell centres of a 100 x 100 canvas
        assertTrue(CtGridding.choose(100, 100, repeat(30, 30), repeat(30, 30)).isEmpty());
    }

    @Test
    void wasteOfSegmentsCentredOnCells() {
        // a 1.5-cell segment spans 3 cells with 0.25 of a cell in each outer one; two of them share
        // one outer cell: 2 + 2 cells, plus one: 5 cells for 3 cells of segment
        assertEquals(0.4, CtGridding.waste(new double[] {1.5, 1.5}, 1), 1e-12);
        // a segment exactly one cell long: 1 cell, plus one
        assertEquals(0.5, CtGridding.waste(new double[] {2}, 2), 1e-12);
    }
}
