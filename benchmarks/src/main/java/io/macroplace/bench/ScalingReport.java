package io.macroplace.bench;

import io.macroplace.env.cost.CostModel;
import io.macroplace.netlist.NodeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ScalingBenchmark} over two series of generated designs and prints, as Markdown, the
 * median move and full-evaluation times with the exponent b of a least-squares fit of
 * {@code log t = a + b log n} (n = net pins, or hard macros). Usage:
 * {@code java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.ScalingReport [pins|hard]...}
 * (both series by default; about 15 minutes for both).
 */
public final class ScalingReport {
    static final String[] PINS = {"pins-0.25", "pins-0.5", "pins-1", "pins-2", "pins-4", "pins-8", "pins-16",
        "pins-32", "pins-64", "pins-100"};
    static final String[] HARD = {"hard-100", "hard-200", "hard-500", "hard-1000", "hard-2000"};

    private ScalingReport() {
    }

    /** What a design is, for the table. */
    record Size(String design, int pins, int hardMacros, int columns, int rows) {
    }

    public static void main(String[] args) throws RunnerException {
        List<String[]> series = new ArrayList<>();
        for (String a : args.length == 0 ? new String[] {"pins", "hard"} : args) {
            switch (a) {
                case "pins" -> series.add(PINS);
                case "hard" -> series.add(HARD);
                default -> {
                    System.err.println("error: unknown series '" + a + "' (pins or hard)");
                    System.exit(2);
                }
            }
        }
        Map<String, Size> sizes = new LinkedHashMap<>();
        for (String[] s : series) {
            for (String d : s) {
                BenchDesigns.Loaded l = BenchDesigns.load(d);
                CostModel m = l.model();
                sizes.put(d, new Size(d, m.pinCount(), l.netlist().nodesOf(NodeKind.HARD_MACRO).length, m.columns(),
                        m.rows()));
            }
        }
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(ScalingBenchmark.class.getName() + "\\.(move|full)$")
                .param("design", sizes.keySet().toArray(new String[0]))
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .forks(1)
                .build()).run();
        Map<String, Double> move = new LinkedHashMap<>();
        Map<String, Double> moveMean = new LinkedHashMap<>();
        Map<String, Double> full = new LinkedHashMap<>();
        for (RunResult r : results) {
            String d = r.getParams().getParam("design");
            double p50 = r.getPrimaryResult().getStatistics().getPercentile(50);
            if (r.getParams().getBenchmark().endsWith(".move")) {
                move.put(d, p50);
                moveMean.put(d, r.getPrimaryResult().getStatistics().getMean());
            } else {
                full.put(d, p50);
            }
        }
        for (String[] s : series) {
            boolean byPins = s == PINS;
            System.out.println();
            System.out.println(byPins ? "Series pins-S: the default design with every count times S"
                    : "Series hard-N: the default design with N hard macros");
            System.out.println();
            System.out.println("| design | net pins | hard macros | grid | move p50 (us) | move mean (us) | full p50 (ms) |");
            System.out.println("|---|---:|---:|---|---:|---:|---:|");
            double[] x = new double[s.length];
            double[] ym = new double[s.length];
            double[] ya = new double[s.length];
            double[] yf = new double[s.length];
            for (int i = 0; i < s.length; i++) {
                Size z = sizes.get(s[i]);
                x[i] = byPins ? z.pins() : z.hardMacros();
                ym[i] = move.getOrDefault(s[i], Double.NaN);
                ya[i] = moveMean.getOrDefault(s[i], Double.NaN);
                yf[i] = full.getOrDefault(s[i], Double.NaN);
                System.out.printf("| %s | %,d | %,d | %d x %d | %.2f | %.2f | %.3f |%n", s[i], z.pins(), z.hardMacros(),
                        z.columns(), z.rows(), ym[i], ya[i], yf[i]);
            }
            String n = byPins ? "net pins" : "hard macros";
            System.out.printf("%nFitted exponent (log-log least squares) against %s: move p50 %.2f, move mean %.2f,"
                    + " full evaluation p50 %.2f%n", n, exponent(x, ym), exponent(x, ya), exponent(x, yf));
        }
    }

    /** Slope b of the least-squares line through (ln x, ln y). */
    static double exponent(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += Math.log(x[i]);
            my += Math.log(y[i]);
        }
        mx /= x.length;
        my /= x.length;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
