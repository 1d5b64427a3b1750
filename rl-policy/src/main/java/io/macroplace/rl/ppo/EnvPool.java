package io.macroplace.rl.ppo;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.PolicyNetwork;

import java.util.ArrayList;
import java.util.List;

/** The environment instances of one design and its graph tensors, created once per training run. */
public final class EnvPool {
    private final DesignEnv design;
    private final List<MacroPlacementEnv> envs;
    private final GraphInputs inputs;

    /** Environments under the policy's own settings ({@code PolicyConfig#environment()}). */
    public EnvPool(DesignEnv design, int instances, PolicyNetwork network) {
        this(design, instances, network, network.config().environment());
    }

    /** Environments under the given settings (the policy's, with the training reward). */
    public EnvPool(DesignEnv design, int instances, PolicyNetwork network, EnvConfig settings) {
        this.design = design;
        List<MacroPlacementEnv> list = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            list.add(design.factory().apply(settings));
        }
        this.envs = List.copyOf(list);
        MacroPlacementEnv first = envs.get(0);
        for (MacroPlacementEnv e : envs) {
            if (e.rows() != first.rows() || e.columns() != first.columns()
                    || e.graph().nodeCount() != first.graph().nodeCount()) {
                throw new IllegalArgumentException("factory of " + design.name() + " made differing designs");
            }
        }
        this.inputs = network.inputs(first);
    }

    public DesignEnv design() {
        return design;
    }

    public List<MacroPlacementEnv> envs() {
        return envs;
    }

    public GraphInputs inputs() {
        return inputs;
    }
}
