package io.macroplace.netlist.def;

import io.macroplace.netlist.lef.LefDefTokenizer;
import java.io.IOException;

/**
 * One item of the BLOCKAGES section. Placement blockages ({@code - PLACEMENT}, with {@code + SOFT},
 * {@code + PARTIAL d}, {@code + PUSHDOWN}, {@code + COMPONENT c}) keep each {@code RECT} and the
 * bounding box of each {@code POLYGON}, as blocked fractions (PARTIAL d blocks 1 - d/100); routing
 * blockages ({@code - LAYER}) are skipped.
 */
final class DefBlockageReader {
    private final DefSyntax s;
    private final LefDefTokenizer t;
    private final DefData d;

    DefBlockageReader(DefSyntax s, DefData d) {
        this.s = s;
        this.t = s.t;
        this.d = d;
    }

    void read() throws IOException {
        int line = t.line();
        String kind = s.nextKeyword("LAYER or PLACEMENT");
        if (!kind.equals("PLACEMENT")) {
            t.skipStatement("a " + kind + " blockage");
            return;
        }
        double blocked = 1.0;
        while (true) {
            t.expectNext("\";\" ending a placement blockage");
            if (t.is(";")) {
                return;
            }
            String k = s.keyword();
            if (k.equals("+")) {
                String opt = s.nextKeyword("an option after \"+\"");
                if (opt.equals("PARTIAL")) {
                    double maxDensity = t.nextNumber("the PARTIAL density");
                    if (!(maxDensity >= 0 && maxDensity <= 100)) {
                        throw t.error("PARTIAL density must be in 0..100, found " + maxDensity);
                    }
                    blocked = 1 - maxDensity / 100;
                } else if (opt.equals("COMPONENT")) {
                    t.expectNext("a component name");
                }
            } else if (k.equals("RECT")) {
                double[] box = DefSyntax.emptyBox();
                s.point("a blockage corner");
                s.extend(box);
                s.point("a blockage corner");
                s.extend(box);
                d.blockages.add(new DefData.RawBlockage(box[0], box[1], box[2], box[3], blocked, line));
            } else if (k.equals("POLYGON")) {
                double[] box = DefSyntax.emptyBox();
                int n = 0;
                while (true) {
                    t.expectNext("\";\" ending a placement blockage");
                    t.pushBack();
                    if (!t.is("(")) {
                        break;
                    }
                    s.point("a blockage polygon");
                    s.extend(box);
                    n++;
                }
                if (n < 3) {
                    throw t.error("a blockage POLYGON needs at least 3 points, found " + n);
                }
                d.blockages.add(new DefData.RawBlockage(box[0], box[1], box[2], box[3], blocked, line));
            } else {
                throw t.error("expected RECT, POLYGON or \"+\" in a placement blockage, found \"" + t.token() + "\"");
            }
        }
    }
}
