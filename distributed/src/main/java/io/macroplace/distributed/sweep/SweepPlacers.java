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
import io.macroplace.place.sa.move.WeightedMove;
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
    private record Stage<C extends Record>(Supplier<C> defaults, Function<C, Placer> make,
                                           Setter<C> setter) {
        Stage(Supplier<C> defaults, Function<C, Placer> make) {
            this(defaults, make, RecordSettings::with);
        }

        Placer build(Map<String, String> settings) {
            C config = defaults.get();
            for (Map.Entry<String, String> s : settings.entrySet()) {
                config = setter.with(config, s.getKey(), s.getValue());
            }
            return make.apply(config);
        }
    }

    /** Changes one setting of a settings record. */
    private interface Setter<C> {
        C with(C config, String setting, String value);
    }

    private static final Map<String, Stage<?>> STAGES = Map.of(
            "random", new Stage<>(DecoderConfig::defaults, RandomPlacer::new),
            "greedy", new Stage<>(DecoderConfig::defaults, GreedyPlacer::new),
            "ea", new Stage<>(EaConfig::defaults, EvolutionPlacer::new),
            "sa", new Stage<>(SaConfig::defaults, AnnealingPlacer::new, SweepPlacers::saSetting),
            "cd", new Stage<>(CdConfig::defaults, CoordinateDescentPlacer::new));

    /**
     * sa's settings: the weight of a move generator by its name in snake_case ("hard_swap"), or a
     * component of {@link SaConfig} ("accept_start").
     */
    static SaConfig saSetting(SaConfig config, String setting, String value) {
        List<String> moves = new ArrayList<>();
        for (WeightedMove w : config.moves()) {
            String name = w.generator().name();
            if (name.replace('-', '_').equals(setting)) {
                double weight;
                try {
                    weight = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(setting + ": \"" + value + "\" is not a number");
                }
                return config.withMoveWeight(name, weight);
            }
            moves.add(name.replace('-', '_'));
        }
        List<String> own = RecordSettings.names(SaConfig.class);
        if (!own.contains(setting)) {
            List<String> known = new ArrayList<>(moves);
            known.addAll(own);
            throw new IllegalArgumentException("unknown setting \"" + setting + "\" (known: " + String.join(", ", known)
                    + ")");
        }
        return RecordSettings.with(config, setting, value);
    }

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
            if (stage.equals("sa")) { // --sa-moves and --threads, as the registry applies them
                effective = new java.util.LinkedHashMap<>(own);
                if (options.saMoves() != null) {
                    effective.putIfAbsent("max_moves", String.valueOf(options.saMoves()));
                }
                if (options.threads() != null) {
                    effective.putIfAbsent("threads", String.valueOf(options.threads()));
                }
            }
            placers.add(s.build(effective));
        }
        return placers.size() == 1 ? placers.get(0) : new PipelinePlacer(placers);
    }
}
