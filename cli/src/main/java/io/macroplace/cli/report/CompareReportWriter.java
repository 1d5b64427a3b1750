package io.macroplace.cli.report;

import io.macroplace.netlist.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a compare report into a folder: {@code report.md}, {@code report.html} and the proxy-cost
 * bar chart as {@code proxy-cost.png} and {@code proxy-cost.svg}, each file atomically. Layout
 * pictures are the caller's (rendered with {@link LayoutRenderer}); rows name them relative to
 * the folder.
 */
public final class CompareReportWriter {
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String CHART_PNG = "proxy-cost.png";
    public static final String CHART_SVG = "proxy-cost.svg";

    private final ChartStyle chartStyle;

    public CompareReportWriter(ChartStyle chartStyle) {
        this.chartStyle = chartStyle;
    }

    public CompareReportWriter() {
        this(ChartStyle.DEFAULT);
    }

    /** The files written. */
    public record Written(Path markdown, Path html, Path chartPng, Path chartSvg) {
    }

    public Written write(Path dir, CompareReport report) throws IOException {
        Drawing chart = proxyChart(report);
        Path png = dir.resolve(CHART_PNG);
        Path svg = dir.resolve(CHART_SVG);
        PngWriter.write(chart, png);
        SvgWriter.write(chart, svg);
        Path md = dir.resolve(MARKDOWN);
        AtomicFiles.writeString(md, MarkdownReport.render(report, CHART_PNG));
        Path html = dir.resolve(HTML);
        AtomicFiles.writeString(html, HtmlReport.render(report, SvgWriter.toSvg(chart, "proxy-", false),
                inlineImages(dir, report)));
        return new Written(md, html, png, svg);
    }

    /** The rows' layout pictures as {@code data:} URIs, for a page that carries its pictures; missing ones are left out. */
    static Map<String, String> inlineImages(Path dir, CompareReport report) throws IOException {
        Map<String, String> images = new HashMap<>();
        for (CompareRow r : report.rows()) {
            String image = r.layoutImage();
            if (image == null || images.containsKey(image)) {
                continue;
            }
            Path file = dir.resolve(image);
            if (Files.isRegularFile(file)) {
                String type = image.toLowerCase(Locale.ROOT).endsWith(".svg") ? "image/svg+xml" : "image/png";
                images.put(image, "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
            }
        }
        return images;
    }

    /** The report's Markdown text without the chart reference, for printing to a terminal. */
    public static String markdown(CompareReport report) {
        return MarkdownReport.render(report, null);
    }

    /** Proxy cost per row as bars, the best row(s) in the accent colour. */
    public Drawing proxyChart(CompareReport report) {
        List<Integer> best = report.bestProxyRows();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < report.rows().size(); i++) {
            CompareRow r = report.rows().get(i);
            bars.add(new BarChart.Bar(r.displayName(), r.proxy(), best.contains(i)));
        }
        return BarChart.draw(report.title() + ": proxy cost", "proxy cost (mean \u00b1 std)", bars, chartStyle);
    }
}
