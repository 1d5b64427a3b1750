package io.macroplace.cli;

import io.macroplace.place.Placer;
import io.macroplace.place.Placers;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Turns a --method value into a placer; "rl" stages need a trained policy. */
public final class Methods {
    private Methods() {
    }

    /** Options of the rl method. */
    public static final class PolicyOptions {
        @Option(names = "--policy", paramLabel = "POLICY.zip", description = "trained policy for the rl method")
        public Path policy;

        @Option(names = "--samples", paramLabel = "K", description = "rl: best of K sampled episodes; 0 = argmax (default: ${DEFAULT-VALUE})")
        public int samples = 0;
    }

    public static Placer parse(String method, PolicyOptions policy) {
        String spec = method.trim().toLowerCase(Locale.ROOT);
        for (String stage : spec.split("\\+")) {
            if (stage.trim().equals("rl")) {
                throw new UserException("the rl method is not available in this build");
            }
        }
        return Placers.parse(spec);
    }
}
