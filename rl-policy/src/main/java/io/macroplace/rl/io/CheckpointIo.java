package io.macroplace.rl.io;

import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.AdamOptimizer;
import io.macroplace.rl.train.TrainingState;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * A training checkpoint zip: the policy (as {@link PolicyIo}), Adam moments and step, the run's
 * config and the trainer state (iteration, seed, metrics, best placements). Written atomically, so
 * a crash leaves the previous checkpoint intact.
 */
public final class CheckpointIo {
    private static final String CONFIG = "config.json";
    private static final String STATE = "state.json";
    private static final String ADAM_M = "adam_m.bin";
    private static final String ADAM_V = "adam_v.bin";
    private static final String ADAM_STEP = "adam_step.txt";

    private CheckpointIo() {
    }

    /** Everything a checkpoint holds. */
    public record Checkpoint(RlConfig config, PolicyNetwork policy, long adamStep,
                             Map<String, INDArray> adamFirst, Map<String, INDArray> adamSecond,
                             TrainingState state) {
    }

    public static void save(Path file, RlConfig config, PolicyNetwork policy, AdamOptimizer adam,
                            TrainingState state) throws IOException {
        Map<String, byte[]> e = PolicyIo.entries(policy);
        e.put(CONFIG, ConfigJson.toJson(config).getBytes(StandardCharsets.UTF_8));
        e.put(STATE, ConfigJson.mapper().writeValueAsBytes(state));
        e.put(ADAM_STEP, Long.toString(adam.step()).getBytes(StandardCharsets.UTF_8));
        e.put(ADAM_M, ZipEntries.bytes(os -> ArrayCodec.write(adam.firstMoments(), os)));
        e.put(ADAM_V, ZipEntries.bytes(os -> ArrayCodec.write(adam.secondMoments(), os)));
        ZipEntries.writeAtomically(file, e);
    }

    public static Checkpoint load(Path file) throws IOException {
        Map<String, byte[]> e = ZipEntries.read(file);
        RlConfig config = ConfigJson.fromJson(new String(ZipEntries.require(e, CONFIG, file), StandardCharsets.UTF_8));
        PolicyNetwork policy = PolicyIo.fromEntries(e, file);
        TrainingState state = ConfigJson.mapper().readValue(ZipEntries.require(e, STATE, file), TrainingState.class);
        long step = Long.parseLong(new String(ZipEntries.require(e, ADAM_STEP, file), StandardCharsets.UTF_8).trim());
        Map<String, INDArray> m = ArrayCodec.read(new ByteArrayInputStream(ZipEntries.require(e, ADAM_M, file)));
        Map<String, INDArray> v = ArrayCodec.read(new ByteArrayInputStream(ZipEntries.require(e, ADAM_V, file)));
        return new Checkpoint(config, policy, step, m, v, state);
    }
}
