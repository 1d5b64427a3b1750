package io.macroplace.distributed.sweep;

import java.io.Serializable;
import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.SparkEnv;
import scala.Function2;
import scala.collection.Iterator;

/**
 * The code of one Spark task: runs the partition's one sweep run. A failure is thrown, so that
 * Spark retries the task elsewhere, except on the last try: then it becomes a "failed" row with
 * its error, so that one bad run does not abort the job and the other runs still finish.
 */
final class SweepTaskFunction implements Function2<TaskContext, Iterator<SweepRun>, RunResult>, Serializable {
    private static final long serialVersionUID = 1L;

    private final Broadcast<SweepInputs> inputs;
    private final int tries;
    private final RunExecutor executor;

    SweepTaskFunction(Broadcast<SweepInputs> inputs, int tries, RunExecutor executor) {
        this.inputs = inputs;
        this.tries = tries;
        this.executor = executor;
    }

    @Override
    public RunResult apply(TaskContext context, Iterator<SweepRun> partition) {
        SweepRun run = partition.next();
        int attempt = context.attemptNumber();
        String executorId = SparkEnv.get() == null ? "?" : SparkEnv.get().executorId();
        try {
            return executor.run(run, inputs.value(), attempt + 1, executorId);
        } catch (Exception | StackOverflowError | LinkageError e) {
            // Executor losses count as attempts too but not as failures, so this never gives up
            // later than Spark would: the job is never aborted by one run.
            if (attempt + 1 < tries) {
                throw new RunFailedException(run, e);
            }
            return RunResult.failed(run, message(e), attempt + 1, executorId);
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.replaceAll("\\s+", " "));
    }

    /** A try that failed and will be retried; the message names the run. */
    static final class RunFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RunFailedException(SweepRun run, Throwable cause) {
            super("run " + run.designName() + " " + run.variant() + " seed " + run.seed() + " failed: "
                    + message(cause), cause);
        }
    }
}
