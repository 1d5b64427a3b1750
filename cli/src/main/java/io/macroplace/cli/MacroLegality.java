package io.macroplace.cli;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a design's own placement of its hard macros is legal (inside the canvas, no overlap, off
 * the blockages), for info and cost. Only meaningful where the canvas is given (a .plc header or
 * a DEF's die) and every hard macro has a position.
 *
 * @param report   the check, or null when some hard macro has no position
 * @param unplaced hard macros without a position
 */
public record MacroLegality(LegalityReport report, int unplaced) {

    public static MacroLegality of(Netlist netlist, Placement placement, CostSettings settings) {
        int unplaced = 0;
        for (int m : netlist.nodesOf(NodeKind.HARD_MACRO)) {
            if (!(Double.isFinite(placement.x(m)) && Double.isFinite(placement.y(m)))) {
                unplaced++;
            }
        }
        if (unplaced > 0) {
            return new MacroLegality(null, unplaced);
        }
        return new MacroLegality(Legality.check(netlist, placement, Canvas.of(settings)), 0);
    }

    public boolean legal() {
        return report != null && report.legal();
    }

    /** One line: "legal", or what is wrong. */
    public String text() {
        if (report == null) {
            return "not checked: " + unplaced + " hard macro" + (unplaced == 1 ? " has" : "s have") + " no position";
        }
        if (report.legal()) {
            return "legal (hard macros inside the canvas, no overlaps)";
        }
        StringBuilder b = new StringBuilder("NOT legal:");
        String sep = " ";
        if (report.overlaps() > 0) {
            b.append(sep).append(String.format("%,d overlapping macro pair%s", report.overlaps(),
                    report.overlaps() == 1 ? "" : "s"));
            sep = ", ";
        }
        if (report.outside() > 0) {
            b.append(sep).append(String.format("%,d macro%s partly outside the canvas", report.outside(),
                    report.outside() == 1 ? "" : "s"));
            sep = ", ";
        }
        if (report.blocked() > 0) {
            b.append(sep).append(String.format("%,d on a blockage", report.blocked()));
        }
        return b.toString();
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checked", report != null);
        m.put("legal", legal());
        if (report != null) {
            m.put("overlapping_pairs", report.overlaps());
            m.put("outside_canvas", report.outside());
            m.put("on_blockages", report.blocked());
            m.put("first_problem", report.firstProblem());
        } else {
            m.put("unplaced_hard_macros", unplaced);
        }
        return m;
    }
}
