package io.macroplace.env.softmacro;

/**
 * Settings of the force-directed soft-macro placer.
 *
 * @param rounds        number of force rounds
 * @param attraction    weight of the pull along nets (towards each net's pin centroid)
 * @param repulsion     weight of the push between overlapping macros (per micron of overlap)
 * @param maxStepFrac   largest move in the first round, as a fraction of the canvas's longer side;
 *                      it shrinks linearly to {@code minStepFrac} in the last round
 * @param minStepFrac   largest move in the last round, same unit
 * @param fromCentre    start from the canvas centre instead of the soft macros' current positions
 */
public record ForceDirectedConfig(int rounds, double attraction, double repulsion, double maxStepFrac,
                                  double minStepFrac, boolean fromCentre) {
    public ForceDirectedConfig {
        if (rounds < 0 || attraction < 0 || repulsion < 0 || !(maxStepFrac >= 0) || !(minStepFrac >= 0)) {
            throw new IllegalArgumentException("bad force-directed settings");
        }
    }

    public static ForceDirectedConfig defaults() {
        return new ForceDirectedConfig(100, 1.0, 5000.0, 0.03, 0.002, false);
    }

    public ForceDirectedConfig withRounds(int r) {
        return new ForceDirectedConfig(r, attraction, repulsion, maxStepFrac, minStepFrac, fromCentre);
    }

    public ForceDirectedConfig withRepulsion(double r) {
        return new ForceDirectedConfig(rounds, attraction, r, maxStepFrac, minStepFrac, fromCentre);
    }

    public ForceDirectedConfig withAttraction(double a) {
        return new ForceDirectedConfig(rounds, a, repulsion, maxStepFrac, minStepFrac, fromCentre);
    }

    public ForceDirectedConfig withSteps(double max, double min) {
        return new ForceDirectedConfig(rounds, attraction, repulsion, max, min, fromCentre);
    }

    public ForceDirectedConfig withFromCentre(boolean c) {
        return new ForceDirectedConfig(rounds, attraction, repulsion, maxStepFrac, minStepFrac, c);
    }
}
