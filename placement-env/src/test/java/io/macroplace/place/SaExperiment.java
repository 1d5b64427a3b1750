package io.macroplace.place;

import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Scratch SA tuning: netlist plc seconds then groups of (acceptStart radiusStart hardShift swap soft jump). */
public final class SaExperiment {
    private SaExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PlacementProblem p = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        Duration budget = Duration.ofMillis((long) (Double.parseDouble(args[2]) * 1000));
        for (int i = 3; i + 5 < args.length; i += 6) {
            SaConfig c = SaConfig.defaults().withAcceptStart(Double.parseDouble(args[i]))
                    .withRadius(Double.parseDouble(args[i + 1]), 0.2)
                    .withMoveWeights(Double.parseDouble(args[i + 2]), Double.parseDouble(args[i + 3]),
                            Double.parseDouble(args[i + 4]), Double.parseDouble(args[i + 5]));
            PlacementResult r = new AnnealingPlacer(c).place(p, 1, budget, ProgressListener.NONE);
            Costs k = r.costs();
            System.out.printf(Locale.ROOT, "%s -> wl %.4f den %.4f cong %.4f proxy %.4f legal %s%n", c, k.wirelength(),
                    k.density(), k.congestion(), k.proxy(), r.legal());
        }
    }
}
