package io.macroplace.distributed.sweep;

import io.macroplace.cli.DurationConverter;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.Problems;
import io.macroplace.cli.report.CompareReport;
import io.macroplace.cli.report.CompareReportWriter;
import io.macroplace.cli.report.CompareRow;
import io.macroplace.cli.report.SeedResult;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Placement;
import io.macroplace.env.problem.Costs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sweep's files besides the results table: each run's .plc and picture as they arrive, and
 * per design compare's report (Markdown, HTML, bar chart) over the variants, plus an index.
 *
 * <pre>
 * OUT/report.md                      every design's table, linking to its report
 * OUT/results.csv, results.parquet/  one row per run
 * OUT/DESIGN/report.md, report.html, proxy-cost.png, proxy-cost.svg, layout-input.png
 * OUT/DESIGN/runs/VARIANT-seedN.plc, .png
 * </pre>
 */
final class SweepOutputs {
    static final String INDEX = "report.md";

    private SweepOutputs() {
    }

    /** Where each file of a sweep goes. */
    record Layout(Path out) {
        Path design(String name) {
            return out.resolve(name);
        }

        Path plc(SweepRun run) {
            return design(run.designName()).resolve("runs").resolve(run.fileLabel() + ".plc");
        }

        Path picture(SweepRun run) {
            return design(run.designName()).resolve("runs").resolve(run.fileLabel() + ".png");
        }

        /** A path below OUT as text relative to OUT, with '/'. */
        String relative(Path p) {
            return out.relativize(p).toString().replace('\\', '/');
        }
    }

    /** Writes a finished run's two files (atomically, together). */
    static void writeRunFiles(Layout layout, RunResult r) throws IOException {
        if (!r.ok()) {
            return;
        }
        AtomicFiles.batch()
                .add(layout.plc(r.run()), o -> o.write(r.plc()))
                .add(layout.picture(r.run()), o -> o.write(r.png()))
                .write();
    }

    /**
     * One design's report: the input placement (when the design has a .plc), then each variant
     * that has a successful run, mean ± std over its seeds, with its best seed's picture.
     *
     * @param loaded the design as the driver loaded it (for the input row)
     */
    static CompareReport designReport(Layout layout, SweepFile sweep, SweepFile.Design design, Problems loaded,
                                      List<RunResult> results, String master) throws IOException {
        List<CompareRow> rows = new ArrayList<>();
        Path dir = layout.design(design.name());
        if (design.plc() != null) {
            Placement input = loaded.problem().initial();
            Costs c = loaded.problem().evaluator().evaluate(input);
            boolean legal = Legality.check(loaded.problem().netlist(), input, loaded.problem().canvas()).legal();
            String picture = "layout-input.png";
            Layouts.write(Layouts.scene(loaded.problem().costModel(), input, Layouts.HeatmapKind.NONE, design.name(),
                    Layouts.costTitle("input", c, loaded.maskPlace())), dir.resolve(picture));
            rows.add(CompareRow.input(design.plc().getFileName().toString(), new SeedResult(c.wirelength(),
                    c.density(), c.congestion(), c.proxy(), c.hpwl(), 0, legal)).withLayoutImage(picture));
        }
        Map<String, List<RunResult>> byVariant = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (RunResult r : ResultsTable.ordered(results)) {
            if (!r.run().designName().equals(design.name())) {
                continue;
            }
            if (r.ok()) {
                byVariant.computeIfAbsent(r.run().variant(), v -> new ArrayList<>()).add(r);
            } else {
                failures.add(r.run().variant() + " seed " + r.run().seed() + ": " + r.error());
            }
        }
        for (Map.Entry<String, List<RunResult>> v : byVariant.entrySet()) {
            List<SeedResult> seeds = new ArrayList<>();
            RunResult best = null;
            for (RunResult r : v.getValue()) {
                seeds.add(new SeedResult(r.wirelength(), r.density(), r.congestion(), r.proxyCost(), r.hpwl(),
                        r.runtimeSeconds(), r.legal()));
                if (best == null || r.proxyCost() < best.proxyCost()) {
                    best = r;
                }
            }
            rows.add(CompareRow.of(v.getKey(), seeds)
                    .withLayoutImage(dir.relativize(layout.picture(best.run())).toString().replace('\\', '/')));
        }
        CostSettings s = loaded.problem().settings();
        List<String> notes = new ArrayList<>(List.of(
                "design: " + design.netlist() + (design.plc() == null ? "" : " with " + design.plc())
                        + (design.lef().isEmpty() ? "" : " and " + design.lef().size() + " LEF file(s)"),
                String.format(Locale.ROOT, "grid %d x %d, canvas %s x %s, weights %s/%s/%s, smoothing %d",
                        s.columns(), s.rows(), s.canvasWidth(), s.canvasHeight(), s.wirelengthWeight(),
                        s.densityWeight(), s.congestionWeight(), s.smoothingRange()),
                String.format(Locale.ROOT, "seeds %s per variant, time limit %s per run; %s as Spark tasks on %s",
                        sweep.seeds().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                        sweep.timeLimits().stream().map(DurationConverter::format).collect(Collectors.joining(" / ")),
                        sweep.source().getFileName(), master)));
        if (loaded.maskPlace()) {
            notes.add("MaskPlace setting (Bookshelf input): macros only, nets with >= 2 macros; the proxy and "
                    + "wirelength columns are macro HPWL in 1e5 units");
        }
        if (!failures.isEmpty()) {
            notes.add(failures.size() + " run(s) failed on every try: " + String.join("; ", failures));
        }
        if (rows.isEmpty()) {
            return null; // nothing succeeded and nothing to show as input
        }
        CompareReport report = new CompareReport("macroplace sweep: " + design.name(), notes, rows);
        new CompareReportWriter().write(dir, report);
        return report;
    }

    /**
     * {@code OUT/report.md}: each design's title, notes and table (its pictures stay in its own
     * report, linked), in the sweep file's order.
     */
    static void writeIndex(Layout layout, String title, List<String> summary, List<SweepFile.Design> designs,
                           List<CompareReport> reports) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        for (String line : summary) {
            md.append("- ").append(line).append('\n');
        }
        md.append('\n');
        for (int i = 0; i < designs.size(); i++) {
            CompareReport r = reports.get(i);
            if (r == null) {
                continue;
            }
            md.append(tableOnly(r).replaceFirst("^# ", "## "));
            String name = designs.get(i).name();
            md.append("\nFull report with pictures: [").append(name).append("/report.html](").append(name)
                    .append("/report.html), [").append(name).append("/report.md](").append(name)
                    .append("/report.md)\n\n");
        }
        AtomicFiles.writeString(layout.out().resolve(INDEX), md.toString());
    }

    /** The report's Markdown without its pictures. */
    static String tableOnly(CompareReport r) {
        List<CompareRow> rows = r.rows().stream().map(row -> row.withLayoutImage(null)).toList();
        return CompareReportWriter.markdown(new CompareReport(r.title(), r.notes(), rows));
    }
}
