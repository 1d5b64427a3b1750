package io.macroplace.cli;

import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.Placer;
import io.macroplace.place.registry.Placers;
import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.place.PolicyPlacer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Turns a --method value into a placer: the classical placers by name, "rl" for a trained policy,
 * and pipelines joined by '+' (each stage starts from the previous result).
 */
public final class Methods {
    private Methods() {
    }

    /** Options of single methods: rl's policy and samples, sa's move budget. */
    public static final class MethodOptions {
        @Option(names = "--policy", paramLabel = "POLICY.zip", description = "trained policy for the rl method")
        public Path policy;

        @Option(names = "--samples", paramLabel = "K",
                description = "rl: also sample K episodes and keep the best (default: ${DEFAULT-VALUE}, argmax only)")
        public int samples = 0;

        @Option(names = "--sa-moves", paramLabel = "N",
                description = "sa: anneal over N moves, cooling by move count instead of the clock, so the same seed "
                        + "gives the same placement (the time limit still stops it)")
        public Long saMoves;
    }

    public static Placer parse(String method, MethodOptions options) {
        if (options != null && options.saMoves != null && options.saMoves < 1) {
            throw new UserException("--sa-moves must be at least 1");
        }
        String[] stages = method.trim().toLowerCase(Locale.ROOT).split("\\+");
        List<Placer> placers = new ArrayList<>();
        PolicyNetwork policy = null;
        for (String raw : stages) {
            String stage = raw.trim();
            if (stage.equals("rl")) {
                if (options == null || options.policy == null) {
                    throw new UserException("the rl method needs --policy POLICY.zip (make one with 'macroplace train')");
                }
                if (options.samples < 0) {
                    throw new UserException("--samples must be 0 or more");
                }
                if (policy == null) {
                    BackendInfo.current(); // a clear error if ND4J cannot start here
                    policy = load(options.policy);
                }
                placers.add(new PolicyPlacer(policy, options.samples));
            } else {
                placers.add(Placers.single(stage, options == null ? null : options.saMoves));
            }
        }
        return placers.size() == 1 ? placers.get(0) : new PipelinePlacer(placers);
    }

    private static PolicyNetwork load(Path file) {
        try {
            return PolicyIo.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
