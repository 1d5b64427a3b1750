package io.macroplace.cli.report;

import java.util.List;
import java.util.Map;

/**
 * The HTML form of a {@link CompareReport}: one self-contained page (inline CSS, the bar chart
 * as inline SVG, the layout pictures as data URIs) with the table and the layouts side by side,
 * so that the one file can be mailed or moved on its own.
 */
final class HtmlReport {
    private static final String CSS = """
            body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; margin: 24px; color: #222; }
            h1 { font-size: 22px; margin-bottom: 8px; }
            h2 { font-size: 17px; margin-top: 28px; }
            ul.notes { color: #444; font-size: 14px; }
            table.compare { border-collapse: collapse; font-size: 14px; }
            table.compare th, table.compare td { border: 1px solid #ccc; padding: 4px 10px; }
            table.compare th { background: #f0f0ec; }
            table.compare td.num { text-align: right; font-variant-numeric: tabular-nums; }
            table.compare tr.input td { color: #555; font-style: italic; }
            td.best { font-weight: bold; background: #fdf1e3; }
            p.legend { color: #555; font-size: 13px; }
            .layouts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
            .layouts figure { margin: 0; max-width: 460px; }
            .layouts img { width: 100%; height: auto; border: 1px solid #ddd; }
            .layouts figcaption { font-size: 13px; text-align: center; margin-top: 4px; }
            """;

    private HtmlReport() {
    }

    /**
     * @param chartSvg the proxy-cost bar chart as inline SVG text (no XML declaration), or null
     * @param images   each row's layout picture as a {@code data:} URI, by its relative path; a
     *                 picture missing here is linked by that path instead
     */
    static String render(CompareReport report, String chartSvg, Map<String, String> images) {
        StringBuilder sb = new StringBuilder(8192 + (chartSvg == null ? 0 : chartSvg.length()));
        String title = Markup.xml(report.title());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").append(title)
                .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<h1>").append(title).append("</h1>\n");
        if (!report.notes().isEmpty()) {
            sb.append("<ul class=\"notes\">\n");
            for (String note : report.notes()) {
                sb.append("<li>").append(Markup.xml(note)).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        table(sb, report);
        sb.append("<p class=\"legend\">Metrics are mean \u00b1 sample std over seeds; lower is better. ")
                .append("Best proxy cost in bold.</p>\n");
        if (chartSvg != null) {
            sb.append("<h2>Proxy cost</h2>\n<div class=\"chart\">\n").append(chartSvg).append("</div>\n");
        }
        layouts(sb, report.rows(), images);
        sb.append("</body>\n</html>\n");
        return sb.toString();
    }

    private static void table(StringBuilder sb, CompareReport report) {
        sb.append("<table class=\"compare\">\n<thead><tr>");
        for (String h : CompareTable.HEADERS) {
            sb.append("<th>").append(Markup.xml(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        List<Integer> best = report.bestProxyRows();
        for (int i = 0; i < report.rows().size(); i++) {
            CompareRow row = report.rows().get(i);
            List<String> cells = CompareTable.cells(row);
            sb.append(row.inputPlacement() ? "<tr class=\"input\">" : "<tr>");
            for (int c = 0; c < cells.size(); c++) {
                boolean isBest = c == CompareTable.PROXY_COLUMN && best.contains(i);
                String cls = (CompareTable.numeric(c) ? "num" : "") + (isBest ? " best" : "");
                sb.append(cls.isEmpty() ? "<td>" : "<td class=\"" + cls.trim() + "\">");
                String text = Markup.xml(cells.get(c));
                sb.append(isBest ? "<strong>" + text + "</strong>" : text).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
    }

    private static void layouts(StringBuilder sb, List<CompareRow> rows, Map<String, String> images) {
        if (rows.stream().noneMatch(r -> r.layoutImage() != null)) {
            return;
        }
        sb.append("<h2>Layouts</h2>\n<div class=\"layouts\">\n");
        for (CompareRow r : rows) {
            if (r.layoutImage() != null) {
                String name = Markup.xml(r.displayName());
                String src = images.getOrDefault(r.layoutImage(), Markup.urlPath(r.layoutImage()));
                sb.append("<figure><img src=\"").append(Markup.xml(src))
                        .append("\" alt=\"layout: ").append(name).append("\"><figcaption>").append(name)
                        .append("</figcaption></figure>\n");
            }
        }
        sb.append("</div>\n");
    }
}
