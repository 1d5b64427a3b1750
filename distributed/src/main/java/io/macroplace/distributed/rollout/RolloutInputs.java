package io.macroplace.distributed.rollout;

import io.macroplace.cli.cluster.RolloutRequest;
import io.macroplace.distributed.sweep.ShippedFiles;
import io.macroplace.distributed.sweep.SweepInputs;
import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.RlConfig;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What executors need for a whole training run besides the parameters: the designs' files (shipped,
 * so a cluster needs no storage shared with the driver), the cost options as arguments and the
 * training settings. Broadcast once per run.
 *
 * @param designs    in the trainer's order
 * @param costArgs   {@code cost}'s options
 * @param configJson the training's settings ({@link ConfigJson})
 */
public record RolloutInputs(List<SweepInputs.DesignInput> designs, List<String> costArgs, String configJson)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public RolloutInputs {
        designs = List.copyOf(designs);
        costArgs = List.copyOf(costArgs);
    }

    public static RolloutInputs of(RolloutRequest request, RlConfig config) throws IOException {
        List<SweepInputs.DesignInput> designs = new ArrayList<>();
        for (RolloutRequest.Design d : request.designs()) {
            List<Path> files = new ArrayList<>(List.of(d.netlist()));
            if (d.plc() != null) {
                files.add(d.plc());
            }
            files.addAll(d.lef());
            designs.add(new SweepInputs.DesignInput(d.name(), ShippedFiles.of(files),
                    d.netlist().getFileName().toString(),
                    d.plc() == null ? null : d.plc().getFileName().toString(),
                    d.lef().stream().map(p -> p.getFileName().toString()).toList()));
        }
        return new RolloutInputs(designs, request.costArgs(), ConfigJson.toJson(config));
    }

    /** The environments' settings, as the trainer makes its own: the policy's, with the training reward. */
    public EnvConfig environment() {
        RlConfig c = ConfigJson.fromJson(configJson);
        return c.policy().environment().withReward(c.ppo().reward());
    }
}
