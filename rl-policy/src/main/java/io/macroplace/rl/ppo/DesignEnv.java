package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.MacroPlacementEnv;

import java.util.function.Function;

/**
 * One design to train on: a name (for metrics and best placements) and a factory of independent
 * environment instances (one per concurrent episode; each is used by one thread at a time), given the
 * environment settings of the policy being trained ({@code PolicyConfig#environment()}).
 */
public record DesignEnv(String name, Function<EnvConfig, MacroPlacementEnv> factory) {
    public DesignEnv {
        if (name == null || name.isBlank() || factory == null) {
            throw new IllegalArgumentException("a design needs a name and a factory");
        }
    }
}
