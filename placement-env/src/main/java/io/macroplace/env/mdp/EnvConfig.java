package io.macroplace.env.mdp;

/**
 * Settings of {@link PlacementEnv}.
 *
 * @param reward            how steps are rewarded
 * @param spacing           minimum gap between hard macros (and to blockages), microns
 * @param softPinsFromInput soft macros count as placed at their input positions during the episode
 *                          (wire mask, occupancy); else only ports, fixed nodes and placed hard macros
 * @param placeSoftMacros   run the force-directed soft-macro placer before the final evaluation
 * @param actionGridFactor  the action grid subdivides each cost-grid cell into {@code factor x factor}
 *                          action cells (1: one action per cost-grid cell, Circuit Training's action
 *                          space); a macro is centred on its action cell, so with a factor above 1 it
 *                          can straddle cost-grid cells. The proxy cost stays on the design's grid.
 */
public record EnvConfig(RewardMode reward, double spacing, boolean softPinsFromInput, boolean placeSoftMacros,
                        int actionGridFactor) {

    /** Largest {@link #actionGridFactor}: beyond it the action grid is finer than any use for it. */
    public static final int MAX_ACTION_GRID_FACTOR = 8;

    /**
     * FINAL_PROXY (Circuit Training): 0 per step, minus the proxy cost at the last step.
     * DENSE_HPWL (MaskPlace): minus each step's HPWL increase divided by (canvas width + height) *
     * total net weight, i.e. in wirelength-cost units, and nothing extra at the end.
     * SHAPED: each step minus its wirelength-cost increase (times the proxy's wirelength weight),
     * and at the last step minus the rest of the proxy cost (its density and congestion terms and
     * the difference between the final wirelength cost and the steps' sum), so that an episode's
     * return is exactly minus its proxy cost, as with FINAL_PROXY, but the wirelength part of it
     * arrives step by step.
     */
    public enum RewardMode { FINAL_PROXY, DENSE_HPWL, SHAPED }

    public EnvConfig {
        if (reward == null || !(spacing >= 0)) {
            throw new IllegalArgumentException("bad environment settings");
        }
        if (actionGridFactor < 1 || actionGridFactor > MAX_ACTION_GRID_FACTOR) {
            throw new IllegalArgumentException("action grid factor must be 1.." + MAX_ACTION_GRID_FACTOR
                    + ", not " + actionGridFactor);
        }
    }

    public static EnvConfig defaults() {
        return new EnvConfig(RewardMode.FINAL_PROXY, 0.0, false, true, 1);
    }

    public EnvConfig withReward(RewardMode mode) {
        return new EnvConfig(mode, spacing, softPinsFromInput, placeSoftMacros, actionGridFactor);
    }

    public EnvConfig withSpacing(double s) {
        return new EnvConfig(reward, s, softPinsFromInput, placeSoftMacros, actionGridFactor);
    }

    public EnvConfig withSoftPinsFromInput(boolean b) {
        return new EnvConfig(reward, spacing, b, placeSoftMacros, actionGridFactor);
    }

    public EnvConfig withPlaceSoftMacros(boolean b) {
        return new EnvConfig(reward, spacing, softPinsFromInput, b, actionGridFactor);
    }

    public EnvConfig withActionGridFactor(int factor) {
        return new EnvConfig(reward, spacing, softPinsFromInput, placeSoftMacros, factor);
    }
}
