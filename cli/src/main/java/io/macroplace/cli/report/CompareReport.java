package io.macroplace.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A comparison of placement methods on one design: a title, free-text notes (design, grid,
 * weights, seeds...) and the rows, in the order they are shown.
 */
public record CompareReport(String title, List<String> notes, List<CompareRow> rows) {
    /** Proxy means closer than this count as a tie for "best". */
    static final double TIE = 1e-12;

    public CompareReport {
        Objects.requireNonNull(title, "title");
        notes = List.copyOf(notes);
        rows = List.copyOf(rows);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("a compare report needs at least one row");
        }
    }

    /** Indexes of the rows with the lowest mean proxy cost (several on a tie; none if no row has one). */
    public List<Integer> bestProxyRows() {
        double best = Double.POSITIVE_INFINITY;
        for (CompareRow r : rows) {
            if (!r.proxy().isMissing()) {
                best = Math.min(best, r.proxy().mean());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Stat p = rows.get(i).proxy();
            if (!p.isMissing() && p.mean() - best <= TIE) {
                out.add(i);
            }
        }
        return out;
    }
}
