package io.macroplace.env.mdp;

/**
 * Settings of {@link PlacementEnv}.
 *
 * @param reward            how steps are rewarded
 * @param spacing           minimum gap between hard macros (and to blockages), microns
 * @param softPinsFromInput soft macros count as placed at their input positions during the episode
 *                          (wire mask, occupancy); else only ports, fixed nodes and placed hard macros
 * @param placeSoftMacros   run the force-directed soft-macro placer before the final evaluation
 */
public record EnvConfig(RewardMode reward, double spacing, boolean softPinsFromInput, boolean placeSoftMacros) {

    /** FINAL_PROXY: 0 per step, minus the proxy cost at the last step. DENSE_HPWL: minus each
     * step's HPWL increase divided by (canvas width + height) * total net weight, i.e. in
     * wirelength-cost units, and nothing extra at the end. */
    public enum RewardMode { FINAL_PROXY, DENSE_HPWL }

    public EnvConfig {
        if (reward == null || !(spacing >= 0)) {
            throw new IllegalArgumentException("bad environment settings");
        }
    }

    public static EnvConfig defaults() {
        return new EnvConfig(RewardMode.FINAL_PROXY, 0.0, false, true);
    }

    public EnvConfig withReward(RewardMode mode) {
        return new EnvConfig(mode, spacing, softPinsFromInput, placeSoftMacros);
    }

    public EnvConfig withSpacing(double s) {
        return new EnvConfig(reward, s, softPinsFromInput, placeSoftMacros);
    }

    public EnvConfig withSoftPinsFromInput(boolean b) {
        return new EnvConfig(reward, spacing, b, placeSoftMacros);
    }

    public EnvConfig withPlaceSoftMacros(boolean b) {
        return new EnvConfig(reward, spacing, softPinsFromInput, b);
    }
}
