package io.macroplace.cli;

import io.macroplace.place.Placer;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import io.macroplace.place.registry.UnknownMethodException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Turns a --method value into a placer through the standard method registry: the classical
 * placers, "rl" (which rl-policy registers) and pipelines joined by '+'.
 */
public final class Methods {
    private Methods() {
    }

    /** Options of single methods: rl's policy and samples, sa's move budget and threads. */
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

        @Option(names = "--threads", paramLabel = "N",
                description = "sa: annealing threads, one search state each (default: one per available processor)")
        public Integer threads;

        /** The options as the registry takes them; sa on every processor when --threads is not given. */
        public MethodOptions toOptions() {
            return toOptions(processors());
        }

        /** The options as the registry takes them; {@code defaultThreads} when --threads is not given. */
        public MethodOptions toOptions(int defaultThreads) {
            if (saMoves != null && saMoves < 1) {
                throw new UserException("--sa-moves must be at least 1");
            }
            if (threads != null && threads < 1) {
                throw new UserException("--threads must be at least 1");
            }
            if (samples < 0) {
                throw new UserException("--samples must be 0 or more");
            }
            return MethodOptions.defaults().withSaMoves(saMoves).withThreads(threads != null ? threads : defaultThreads)
                    .withPolicy(policy, samples);
        }

        /** The number of sa threads these options give when --threads is not set. */
        public int threadsOr(int defaultThreads) {
            return threads != null ? threads : defaultThreads;
        }
    }

    /** {@link #parse(String, MethodOptionsMixin, int)} with sa on every processor unless --threads says otherwise. */
    public static Placer parse(String method, MethodOptionsMixin options) {
        return parse(method, options, processors());
    }

    /**
     * The placer of a method spec.
     *
     * @param defaultThreads sa's threads when --threads is not given
     * @throws IllegalArgumentException for an unknown method (the message lists every method and
     *                                  asks about the nearest name when one is close, as for a
     *                                  mistyped command)
     */
    public static Placer parse(String method, MethodOptionsMixin options, int defaultThreads) {
        return placer(method, options == null ? MethodOptions.defaults().withThreads(defaultThreads)
                : options.toOptions(defaultThreads));
    }

    /** The placer of a method spec with these options (unknown names as above). */
    public static Placer placer(String method, MethodOptions o) {
        try {
            return PlacerRegistry.standard().parse(method, o);
        } catch (UnknownMethodException e) {
            String near = e.name().isEmpty() ? null : Suggestions.nearest(e.name(), e.known());
            throw near == null ? e : e.suggesting(near);
        }
    }

    /** Processors this JVM may use: the default number of threads. */
    public static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }
}
