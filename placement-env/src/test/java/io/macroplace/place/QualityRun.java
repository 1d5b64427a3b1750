package io.macroplace.place;

import io.macroplace.env.legal.Legality;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.registry.PlacerRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Measures placers on a design: {@code QualityRun <netlist> <plc> <seconds> <method>...}, one table
 * row per method (proxy terms, HPWL, runtime, legality). Test scope: a measuring tool, not a test.
 * The input placement is scored first as method "input".
 */
public final class QualityRun {
    private QualityRun() {
    }

    public static void main(String[] args) throws Exception {
        PlacementProblem problem = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        Duration budget = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        long seed = Long.getLong("seed", 1L);
        System.out.println("| method | WL | density | congestion | proxy | HPWL | runtime s | legal |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        long t0 = System.nanoTime();
        Costs in = problem.evaluator().evaluate(problem.initial());
        row("input", in, (System.nanoTime() - t0) / 1e9,
                Legality.check(problem.netlist(), problem.initial(), problem.canvas()).legal());
        for (int i = 3; i < args.length; i++) {
            Placer placer = PlacerRegistry.builtIn().parse(args[i]);
            long[] calls = new long[1];
            PlacementResult r = placer.place(problem, seed, budget, new ProgressListener() {
                @Override
                public void progress(String stage, double fraction, double best) {
                    calls[0]++;
                }
            });
            System.err.println(r.method() + ": " + calls[0] + " progress calls (SA: one per 16384 moves)");
            row(r.method(), r.costs(), r.runtime().toNanos() / 1e9, r.legal());
        }
    }

    private static void row(String method, Costs c, double seconds, boolean legal) {
        System.out.println(String.format(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.0f | %.1f | %s |", method,
                c.wirelength(), c.density(), c.congestion(), c.proxy(), c.hpwl(), seconds, legal ? "yes" : "NO"));
    }
}
