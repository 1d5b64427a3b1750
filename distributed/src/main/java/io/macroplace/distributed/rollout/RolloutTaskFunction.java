package io.macroplace.distributed.rollout;

import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/** The Spark task: plays one group of episodes with the broadcast inputs and parameters. */
final class RolloutTaskFunction implements Function<EpisodeGroup, GroupResult> {
    private static final long serialVersionUID = 1L;
    private final Broadcast<RolloutInputs> inputs;
    private final Broadcast<PolicySnapshot> policy;

    RolloutTaskFunction(Broadcast<RolloutInputs> inputs, Broadcast<PolicySnapshot> policy) {
        this.inputs = inputs;
        this.policy = policy;
    }

    @Override
    public GroupResult call(EpisodeGroup group) throws Exception {
        SparkEnv env = SparkEnv.get();
        String executor = env == null ? "driver" : env.executorId();
        TaskContext task = TaskContext.get();
        int threads = task == null ? 1 : Math.max(1, task.cpus());
        return RolloutWorker.play(inputs.value(), policy.value(), group, threads, executor);
    }
}
