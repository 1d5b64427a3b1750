package io.macroplace.netlist.bookshelf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MaskPlaceViewTest {

    @Test
    void keepsTerminalsAsMacrosAndNetsOnTwoOfThemAndMeasuresMacroHpwl() throws Exception {
        MaskPlaceView v = MaskPlaceView.of(BookshelfReader.read(BookshelfReaderTest.tinyAux()));
        // terminals M1, M2, io1; the tall movable B1 and the cells are not macros here
        assertEquals(3, v.macroCount());
        assertEquals(2, v.macroNode(0));
        assertEquals(3, v.macroNode(1));
        assertEquals(4, v.macroNode(2));
        // netA (M1, io1; c1 dropped) and netB (M1, M2) stay; netC touches one terminal only
        assertEquals(2, v.netCount());
        assertEquals(4, v.pinCount());
        assertEquals(0, v.pinMacro(0));
        assertEquals(2.0, v.pinDx(0));
        assertEquals(2, v.pinMacro(1));
        // by hand, canvas coordinates:
        // netA: M1/p0 at (109 + 2, 30 - 3) = (111, 27), io1 at (0, 20): 111 + 7 = 118
        // netB: M1/p1 at (109 - 1, 30 + 4) = (108, 34), M2/p0 at (50 + 3, 5 + 2) = (53, 7): 55 + 27 = 82
        assertEquals(200.0, MacroHpwl.of(v), 1e-12);
        assertEquals(0.002, MacroHpwl.in1e5(MacroHpwl.of(v)), 1e-15);

        // move M2 right by 60: netB's box shrinks to |108 - 113| + 27 = 32
        double[] x = v.xs();
        double[] y = v.ys();
        x[1] += 60;
        assertEquals(118.0 + 32.0, MacroHpwl.of(v, x, y), 1e-12);
    }
}
