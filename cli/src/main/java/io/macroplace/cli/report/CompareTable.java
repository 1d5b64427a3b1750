package io.macroplace.cli.report;

import java.util.List;

/** The columns of a compare table as plain text, shared by the Markdown and HTML writers. */
final class CompareTable {
    static final List<String> HEADERS = List.of("Method", "Seeds", "Proxy cost", "Wirelength", "Density",
            "Congestion", "HPWL (\u00b5m)", "Runtime (s)", "Legal");
    static final int PROXY_COLUMN = 2;

    private CompareTable() {
    }

    static List<String> cells(CompareRow r) {
        return List.of(r.displayName(), Integer.toString(r.seeds()), r.proxy().format(), r.wirelength().format(),
                r.density().format(), r.congestion().format(), r.hpwl().format(), r.runtimeSeconds().format(),
                r.legalText());
    }

    /** Whether a column holds numbers (right-aligned). */
    static boolean numeric(int column) {
        return column > 0 && column < HEADERS.size() - 1;
    }
}
