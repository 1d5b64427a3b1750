package io.macroplace.place.registry;

import io.macroplace.env.construct.DecoderConfig;
import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.Placer;
import io.macroplace.place.cd.CdConfig;
import io.macroplace.place.cd.CoordinateDescentPlacer;
import io.macroplace.place.ea.EaConfig;
import io.macroplace.place.ea.EvolutionPlacer;
import io.macroplace.place.greedy.GreedyPlacer;
import io.macroplace.place.random.RandomPlacer;
import io.macroplace.place.sa.AnnealingPlacer;
import io.macroplace.place.sa.SaConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Placers by name: "random", "greedy", "ea", "sa", "cd", and pipelines such as "greedy+sa+cd". */
public final class Placers {
    private Placers() {
    }

    /** The method names {@link #parse} knows. */
    public static List<String> names() {
        return List.of("random", "greedy", "ea", "sa", "cd");
    }

    /** One placer with default settings, or a {@link PipelinePlacer} for names joined by '+'. */
    public static Placer parse(String spec) {
        String[] parts = spec.trim().toLowerCase(Locale.ROOT).split("\\+");
        if (parts.length == 1) {
            return single(parts[0].trim());
        }
        List<Placer> stages = new ArrayList<>();
        for (String p : parts) {
            stages.add(single(p.trim()));
        }
        return new PipelinePlacer(stages);
    }

    /** One stage by name with default settings; "sa" anneals over {@code saMoves} moves when not null. */
    public static Placer single(String name, Long saMoves) {
        if (saMoves != null && name.equals("sa")) {
            return new AnnealingPlacer(SaConfig.defaults().withMaxMoves(saMoves));
        }
        return single(name);
    }

    private static Placer single(String name) {
        return switch (name) {
            case "random" -> new RandomPlacer(DecoderConfig.defaults());
            case "greedy" -> new GreedyPlacer(DecoderConfig.defaults());
            case "ea" -> new EvolutionPlacer(EaConfig.defaults());
            case "sa" -> new AnnealingPlacer(SaConfig.defaults());
            case "cd" -> new CoordinateDescentPlacer(CdConfig.defaults());
            default -> throw new IllegalArgumentException("unknown placer \"" + name + "\"; known: " + names()
                    + " and pipelines joined by '+'");
        };
    }
}
