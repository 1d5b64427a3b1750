package io.macroplace.netlist.bookshelf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskPlaceViewTest {

    @Test
    void keepsTerminalsAsMacrosAndNetsOnTwoOfThemAndMeasuresMacroHpwl() throws Exception {
        MaskPlaceView v = MaskPlaceView.of(BookshelfReader.read(BookshelfReaderTest.tinyAux()));
        // terminals M1, M2, io1 and the tall movable block B1 (a hard macro); the cells are not macros
        assertEquals(4, v.macroCount());
        assertEquals(2, v.macroNode(0));
        assertEquals(3, v.macroNode(1));
        assertEquals(4, v.macroNode(2));
        assertEquals(5, v.macroNode(3));
        // netA (M1, io1; c1 dropped), netB (M1, M2) and netC (B1, M2; c1, c2 dropped) stay; "lonely" does not
        assertEquals(3, v.netCount());
        assertEquals(6, v.pinCount());
        assertEquals(0, v.pinMacro(0));
        assertEquals(2.0, v.pinDx(0));
        assertEquals(2, v.pinMacro(1));
        // by hand, canvas coordinates:
        // netA: M1/p0 at (109 + 2, 30 - 3) = (111, 27), io1 at (0, 20): 111 + 7 = 118
        // netB: M1/p1 at (109 - 1, 30 + 4) = (108, 34), M2/p0 at (50 + 3, 5 + 2) = (53, 7): 55 + 27 = 82
        // netC: B1/p0 at (68 + 1, 15 + 1) = (69, 16) (its lower-left (70, 10) in the file, canvas origin (5, 10)),
        //       M2/p1 at (50 - 2, 5 - 2) = (48, 3): 21 + 13 = 34
        assertEquals(234.0, MacroHpwl.of(v), 1e-12);
        assertEquals(0.00234, MacroHpwl.in1e5(MacroHpwl.of(v)), 1e-15);

        // move M2 right by 60: netB's box shrinks to |108 - 113| + 27 = 32, netC's grows to |69 - 108| + 13 = 52
        double[] x = v.xs();
        double[] y = v.ys();
        x[1] += 60;
        assertEquals(118.0 + 32.0 + 52.0, MacroHpwl.of(v, x, y), 1e-12);
    }
}
