package io.macroplace.env.legal;

import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;

/**
 * The shared legality rule for hard macros: each fully inside the canvas, no two overlapping, none
 * overlapping a blockage. Rectangles that only touch are legal; {@code tolerance} microns of
 * overlap are forgiven (floating point). Sizes follow the orientation (E/W variants swap sides).
 * With a spacing, two macros (or a macro and a blockage) must also be that far apart along x or
 * along y: the rule of {@link LegalMask} and {@link FreeSpot}, which grow each obstacle by the
 * spacing on every side. The canvas edge needs no gap.
 */
public final class Legality {
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private Legality() {
    }

    public static LegalityReport check(Netlist netlist, Placement placement, Canvas canvas) {
        return check(netlist, placement, canvas, DEFAULT_TOLERANCE);
    }

    public static LegalityReport check(Netlist netlist, Placement placement, Canvas canvas, double tolerance) {
        return check(netlist, placement, canvas, tolerance, 0);
    }

    /** As {@link #check(Netlist, Placement, Canvas, double)}; a pair closer than {@code spacing} counts as overlapping. */
    public static LegalityReport check(Netlist netlist, Placement placement, Canvas canvas, double tolerance,
                                       double spacing) {
        int[] hard = netlist.nodesOf(NodeKind.HARD_MACRO);
        int n = hard.length;
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        for (int i = 0; i < n; i++) {
            int node = hard[i];
            boolean swap = placement.orientation(node).swapsSides();
            double w = swap ? netlist.height(node) : netlist.width(node);
            double h = swap ? netlist.width(node) : netlist.height(node);
            x0[i] = placement.x(node) - w / 2;
            x1[i] = placement.x(node) + w / 2;
            y0[i] = placement.y(node) - h / 2;
            y1[i] = placement.y(node) + h / 2;
        }
        int outside = 0;
        int overlaps = 0;
        int blocked = 0;
        String first = null;
        for (int i = 0; i < n; i++) {
            if (!(x0[i] >= -tolerance && y0[i] >= -tolerance && x1[i] <= canvas.width() + tolerance
                    && y1[i] <= canvas.height() + tolerance)) {
                outside++;
                if (first == null) {
                    first = netlist.name(hard[i]) + " is not inside the canvas";
                }
            }
            for (Blockage b : canvas.blockages()) {
                if (overlap(x0[i], x1[i], b.x0(), b.x1()) + spacing > tolerance
                        && overlap(y0[i], y1[i], b.y0(), b.y1()) + spacing > tolerance) {
                    blocked++;
                    if (first == null) {
                        first = netlist.name(hard[i]) + (spacing > 0 ? " is closer than " + spacing + " to" : " overlaps")
                                + " a blockage";
                    }
                }
            }
        }
        // sweep in x: sort by left edge
        int[] order = sortByLeft(x0);
        for (int a = 0; a < n; a++) {
            int i = order[a];
            for (int b = a + 1; b < n; b++) {
                int j = order[b];
                if (x0[j] >= x1[i] + spacing - tolerance) {
                    break;
                }
                if (overlap(x0[i], x1[i], x0[j], x1[j]) + spacing > tolerance
                        && overlap(y0[i], y1[i], y0[j], y1[j]) + spacing > tolerance) {
                    overlaps++;
                    if (first == null) {
                        first = netlist.name(hard[i]) + (spacing > 0 ? " is closer than " + spacing + " to " : " overlaps ")
                                + netlist.name(hard[j]);
                    }
                }
            }
        }
        return new LegalityReport(outside, overlaps, blocked, first);
    }

    static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    /** Indexes ordered by left edge (a one-off check, so a boxed sort is fine here). */
    private static int[] sortByLeft(double[] x0) {
        Integer[] idx = new Integer[x0.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        java.util.Arrays.sort(idx, (p, q) -> Double.compare(x0[p], x0[q]));
        int[] order = new int[idx.length];
        for (int i = 0; i < idx.length; i++) {
            order[i] = idx[i];
        }
        return order;
    }
}
