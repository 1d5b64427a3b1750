package io.macroplace.place;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.greedy.GreedyPlacer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Scratch measurement of greedy settings: args netlist plc then (resolution softPins)... */
public final class GreedyExperiment {
    private GreedyExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PlacementProblem p = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        for (int i = 2; i + 1 < args.length; i += 2) {
            DecoderConfig c = DecoderConfig.defaults().withResolution(Integer.parseInt(args[i]))
                    .withSoftPinsFromInput(Boolean.parseBoolean(args[i + 1]));
            PlacementResult r = new GreedyPlacer(c).place(p, 1, Duration.ofMinutes(1), ProgressListener.NONE);
            Costs k = r.costs();
            System.out.printf(Locale.ROOT, "%s -> wl %.4f den %.4f cong %.4f proxy %.4f (%.2fs) legal %s%n", c,
                    k.wirelength(), k.density(), k.congestion(), k.proxy(), r.runtime().toNanos() / 1e9, r.legal());
        }
    }
}
