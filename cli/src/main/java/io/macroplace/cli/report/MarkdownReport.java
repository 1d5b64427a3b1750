package io.macroplace.cli.report;

import java.util.List;

/** The Markdown form of a {@link CompareReport}: title, notes, table (best proxy in bold), figures. */
final class MarkdownReport {
    private MarkdownReport() {
    }

    /** @param chartImage relative path of the proxy-cost bar chart, or null for none */
    static String render(CompareReport report, String chartImage) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("# ").append(oneLine(report.title())).append("\n\n");
        for (String note : report.notes()) {
            sb.append("- ").append(oneLine(note)).append('\n');
        }
        if (!report.notes().isEmpty()) {
            sb.append('\n');
        }
        table(sb, report);
        sb.append("\nMetrics are mean \u00b1 sample std over seeds; lower is better. Best proxy cost in bold.\n");
        if (chartImage != null) {
            sb.append("\n![proxy cost by method](").append(Markup.urlPath(chartImage)).append(")\n");
        }
        boolean header = false;
        for (CompareRow r : report.rows()) {
            if (r.layoutImage() != null) {
                if (!header) {
                    sb.append("\n## Layouts\n");
                    header = true;
                }
                sb.append("\n![").append(alt(r.displayName())).append("](").append(Markup.urlPath(r.layoutImage()))
                        .append(")\n");
            }
        }
        return sb.toString();
    }

    static void table(StringBuilder sb, CompareReport report) {
        List<String> headers = CompareTable.HEADERS;
        sb.append('|');
        for (String h : headers) {
            sb.append(' ').append(Markup.markdownCell(h)).append(" |");
        }
        sb.append("\n|");
        for (int c = 0; c < headers.size(); c++) {
            sb.append(CompareTable.numeric(c) ? " ---: |" : " --- |");
        }
        sb.append('\n');
        List<Integer> best = report.bestProxyRows();
        for (int i = 0; i < report.rows().size(); i++) {
            List<String> cells = CompareTable.cells(report.rows().get(i));
            sb.append('|');
            for (int c = 0; c < cells.size(); c++) {
                String cell = Markup.markdownCell(cells.get(c));
                if (c == CompareTable.PROXY_COLUMN && best.contains(i)) {
                    cell = "**" + cell + "**";
                }
                sb.append(' ').append(cell).append(" |");
            }
            sb.append('\n');
        }
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String alt(String s) {
        return oneLine(s).replace("[", "\\[").replace("]", "\\]");
    }
}
