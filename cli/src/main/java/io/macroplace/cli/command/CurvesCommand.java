package io.macroplace.cli.command;

import io.macroplace.cli.UserException;
import io.macroplace.cli.report.ChartStyle;
import io.macroplace.cli.report.DrawingFiles;
import io.macroplace.cli.report.RunsChart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "curves", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Plot several training runs against wall-clock time in one chart.",
            "",
            "Reads the POLICY.metrics.csv files 'macroplace train' writes and draws, per run, the",
            "best proxy cost found so far (or each iteration's mean) against the minutes the run",
            "had trained (the sum of its iterations' seconds), so that a fine-tuned policy and",
            "one trained from scratch compare at equal time. Writes a PNG or SVG (by extension)."
        },
        footer = {"", "Example:",
            "  macroplace curves out/ft/policy.metrics.csv out/scratch/policy.metrics.csv \\",
            "      --label 'pre-trained, fine-tuned' --label 'from scratch' --out curves.png"})
public final class CurvesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "METRICS.csv", arity = "1..*", description = "metrics files of training runs")
    List<Path> files = new ArrayList<>();

    @Option(names = "--label", paramLabel = "L", description = "name of each run, in order (default: its folder)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--value", paramLabel = "V",
            description = "best (best proxy cost so far) or mean (the iteration's mean proxy cost) (default: ${DEFAULT-VALUE})")
    String value = "best";

    @Option(names = "--title", paramLabel = "T", description = "chart title (default: ${DEFAULT-VALUE})")
    String title = "Training runs";

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.png", required = true, description = "chart to write (.png or .svg)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (labels.size() > files.size()) {
            throw new IllegalArgumentException("more --label values (" + labels.size() + ") than files (" + files.size() + ")");
        }
        String column = switch (value) {
            case "best" -> "best_proxy_cost";
            case "mean" -> "mean_proxy_cost";
            default -> throw new IllegalArgumentException("--value takes best or mean, not \"" + value + "\"");
        };
        List<RunsChart.Run> runs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            String label = i < labels.size() ? labels.get(i)
                    : f.toAbsolutePath().getParent() == null ? f.toString() : f.toAbsolutePath().getParent().getFileName().toString();
            runs.add(read(f, label, column));
        }
        String yTitle = value.equals("best") ? "best proxy cost so far" : "mean proxy cost";
        DrawingFiles.write(RunsChart.draw(title, "training time (minutes)", yTitle, runs, ChartStyle.DEFAULT), out);
        PrintWriter o = spec.commandLine().getOut();
        o.printf("wrote %s (%d runs)%n", out, runs.size());
        o.flush();
        return 0;
    }

    /** One run's points: cumulative minutes and the chosen column; FILE:LINE errors for bad rows. */
    public static RunsChart.Run read(Path file, String label, String column) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserException(file + ": no such metrics file");
        }
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty()) {
            throw new UserException(file + ":1: empty metrics file");
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int seconds = header.indexOf("seconds");
        int y = header.indexOf(column);
        if (seconds < 0 || y < 0) {
            throw new UserException(file + ":1: not a 'macroplace train' metrics file (no seconds or " + column + " column)");
        }
        List<double[]> points = new ArrayList<>();
        double minutes = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",");
            try {
                minutes += Double.parseDouble(f[seconds]) / 60;
                points.add(new double[] {minutes, Double.parseDouble(f[y])});
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new UserException(file + ":" + (i + 1) + ": bad metrics row: " + lines.get(i));
            }
        }
        if (points.isEmpty()) {
            throw new UserException(file + ":2: no iterations in this metrics file");
        }
        double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
        return new RunsChart.Run(label, xs, ys);
    }
}
