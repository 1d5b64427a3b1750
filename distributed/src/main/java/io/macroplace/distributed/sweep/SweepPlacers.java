package io.macroplace.distributed.sweep;

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
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import io.macroplace.place.sa.SaConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The placer of one sweep variant: the method as the method registry builds it for
 * {@code place --method}, with the variant's grid settings ("sa.accept_start" = "0.01") applied to
 * the settings records of the stages they name.
 */
final class SweepPlacers {
    private SweepPlacers() {
    }

    /** A stage whose settings a grid can change: its default settings and how to build it. */
    private record Stage<C extends Record>(Supplier<C> defaults, Function<C, Placer> make) {
        Placer build(Map<String, String> settings) {
            C config = defaults.get();
            for (Map.Entry<String, String> s : settings.entrySet()) {
                config = RecordSettings.with(config, s.getKey(), s.getValue());
            }
            return make.apply(config);
        }
    }

    private static final Map<String, Stage<?>> STAGES = Map.of(
            "random", new Stage<>(DecoderConfig::defaults, RandomPlacer::new),
            "greedy", new Stage<>(DecoderConfig::defaults, GreedyPlacer::new),
            "ea", new Stage<>(EaConfig::defaults, EvolutionPlacer::new),
            "sa", new Stage<>(SaConfig::defaults, AnnealingPlacer::new),
            "cd", new Stage<>(CdConfig::defaults, CoordinateDescentPlacer::new));

    /** The stages of a method ("greedy+sa+cd" -> greedy, sa, cd). */
    static List<String> stages(String method) {
        List<String> out = new ArrayList<>();
        for (String s : method.trim().toLowerCase(Locale.ROOT).split("\\+")) {
            out.add(s.trim());
        }
        return out;
    }

    /**
     * @param settings "stage.setting" to value; only the entries of this method's stages are used
     * @throws IllegalArgumentException for a bad method or setting
     */
    static Placer placer(String method, Map<String, String> settings, MethodOptions options) {
        PlacerRegistry registry = PlacerRegistry.standard();
        if (settings.isEmpty()) {
            return registry.parse(method, options);
        }
        List<Placer> placers = new ArrayList<>();
        for (String stage : stages(method)) {
            Map<String, String> own = new java.util.LinkedHashMap<>();
            settings.forEach((key, value) -> {
                if (key.startsWith(stage + ".")) {
                    own.put(key.substring(stage.length() + 1), value);
                }
            });
            if (own.isEmpty()) {
                placers.add(registry.parse(stage, options));
                continue;
            }
            Stage<?> s = STAGES.get(stage);
            if (s == null) {
                throw new IllegalArgumentException("the grid cannot set " + stage + "'s settings (it can set "
                        + String.join(", ", STAGES.keySet().stream().sorted().toList()) + ")");
            }
            Map<String, String> effective = own;
            if (stage.equals("sa") && options.saMoves() != null && !own.containsKey("max_moves")) {
                effective = new java.util.LinkedHashMap<>(own);
                effective.put("max_moves", String.valueOf(options.saMoves())); // --sa-moves, as the registry applies it
            }
            placers.add(s.build(effective));
        }
        return placers.size() == 1 ? placers.get(0) : new PipelinePlacer(placers);
    }
}
