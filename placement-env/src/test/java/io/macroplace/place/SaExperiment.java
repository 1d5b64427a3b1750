package io.macroplace.place;

import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.cd.CdConfig;
import io.macroplace.place.cd.CoordinateDescentPlacer;
import io.macroplace.place.registry.PlacerRegistry;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Scratch SA tuning, not a test: {@code NETLIST PLC SECONDS [key=value...]}. Keys: seed, start
 * (input|greedy), cd (true: cd after sa, 1/4 of the time), threads, epochs, accept, coolTo,
 * radiusStart, radiusEnd, moves (evaluated-move budget), softEvery, and move weights by generator
 * name (hard-shift=0.35 ...).
 */
public final class SaExperiment {
    private SaExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PlacementProblem p = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        Duration budget = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        SaConfig c = SaConfig.defaults();
        long seed = 1;
        String start = "input";
        boolean cd = false;
        for (int i = 3; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            String k = kv[0];
            String v = kv[1];
            switch (k) {
                case "seed" -> seed = Long.parseLong(v);
                case "start" -> start = v;
                case "cd" -> cd = Boolean.parseBoolean(v);
                case "threads" -> c = c.withThreads(Integer.parseInt(v));
                case "epochs" -> c = c.withEpochs(Integer.parseInt(v));
                case "accept" -> c = c.withAcceptStart(Double.parseDouble(v));
                case "coolTo" -> c = c.withCoolTo(Double.parseDouble(v));
                case "radiusStart" -> c = c.withRadius(Double.parseDouble(v), c.radiusEnd());
                case "radiusEnd" -> c = c.withRadius(c.radiusStart(), Double.parseDouble(v));
                case "moves" -> c = c.withMaxMoves(Long.parseLong(v));
                case "softEvery" -> c = c.withSoftEvery(Long.parseLong(v));
                default -> c = c.withMoveWeight(k, Double.parseDouble(v));
            }
        }
        if (start.equals("greedy")) {
            p = p.withInitial(PlacerRegistry.builtIn().parse("greedy").place(p, seed, budget, ProgressListener.NONE)
                    .placement());
        }
        long t0 = System.nanoTime();
        PlacementResult r = new AnnealingPlacer(c).place(p, seed, cd ? budget.multipliedBy(4).dividedBy(5) : budget,
                ProgressListener.NONE);
        Costs sa = r.costs();
        double rate = r.search().movesPerSecond();
        double perCpu = r.search().movesPerCpuSecond();
        if (cd) {
            r = new CoordinateDescentPlacer(CdConfig.defaults()).place(p.withInitial(r.placement()), seed,
                    budget.dividedBy(5), ProgressListener.NONE);
        }
        Costs k = r.costs();
        System.out.printf(Locale.ROOT, "%s -> sa %.4f final wl %.4f den %.4f cong %.4f proxy %.5f legal %s  %.0f moves/s"
                        + " %.0f per cpu s  %.1f s%n", String.join(" ", args).replaceAll("^\\S+ \\S+ ", ""), sa.proxy(),
                k.wirelength(), k.density(), k.congestion(), k.proxy(), r.legal(), rate, perCpu,
                (System.nanoTime() - t0) / 1e9);
    }
}
