package io.macroplace.cli;

import io.macroplace.place.Placer;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Turns a --method value into a placer through the standard method registry: the classical
 * placers, "rl" (which rl-policy registers) and pipelines joined by '+'.
 */
public final class Methods {
    private Methods() {
    }

    /** Options of single methods: rl's policy and samples, sa's move budget. */
    public static final class MethodOptionsMixin {
        @Option(names = "--policy", paramLabel = "POLICY.zip",
                description = "trained policy for the rl method (default: the shipped pre-trained policy,"
                        + " designs/policies/pretrained.zip)")
        public Path policy = DefaultPolicy.find().orElse(null);

        @Option(names = "--samples", paramLabel = "K",
                description = "rl: also sample K episodes and keep the best (default: ${DEFAULT-VALUE}, argmax only)")
        public int samples = 0;

        @Option(names = "--sa-moves", paramLabel = "N",
                description = "sa: anneal over N moves, cooling by move count instead of the clock, so the same seed "
                        + "gives the same placement (the time limit still stops it)")
        public Long saMoves;

        /** The options as the registry takes them. */
        public MethodOptions toOptions() {
            if (saMoves != null && saMoves < 1) {
                throw new UserException("--sa-moves must be at least 1");
            }
            if (samples < 0) {
                throw new UserException("--samples must be 0 or more");
            }
            return MethodOptions.defaults().withSaMoves(saMoves).withPolicy(policy, samples);
        }
    }

    /** @throws IllegalArgumentException for an unknown method (the message lists every method) */
    public static Placer parse(String method, MethodOptionsMixin options) {
        MethodOptions o = options == null ? MethodOptions.defaults() : options.toOptions();
        return PlacerRegistry.standard().parse(method, o);
    }
}
