package io.macroplace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pre-trained policy shipped in the project's {@code designs/policies/pretrained.zip} (trained
 * on a generated corpus only; see designs/policies/README.md): what the rl method uses when no
 * --policy is given.
 */
public final class DefaultPolicy {
    private DefaultPolicy() {
    }

    /** {@code $macroplace.home/designs/policies/pretrained.zip} (set by the launcher), else relative to the working directory. */
    public static Path path() {
        String home = System.getProperty("macroplace.home");
        Path root = home != null ? Path.of(home) : Path.of("");
        return root.resolve("designs").resolve("policies").resolve("pretrained.zip");
    }

    /** The shipped policy, when it is there. */
    public static Optional<Path> find() {
        Path p = path();
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
