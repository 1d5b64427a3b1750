package io.macroplace.rl.config;

/** Everything a training run is configured by; saved as JSON with every checkpoint and policy. */
public record RlConfig(PolicyConfig policy, PpoConfig ppo) {
    public RlConfig {
        if (policy == null || ppo == null) {
            throw new IllegalArgumentException("policy and ppo sections are required");
        }
    }

    public static RlConfig defaults() {
        return new RlConfig(PolicyConfig.defaults(), PpoConfig.defaults());
    }

    public RlConfig withPolicy(PolicyConfig p) {
        return new RlConfig(p, ppo);
    }

    public RlConfig withPpo(PpoConfig p) {
        return new RlConfig(policy, p);
    }
}
