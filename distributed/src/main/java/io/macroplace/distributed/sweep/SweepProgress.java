package io.macroplace.distributed.sweep;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import org.apache.spark.ExceptionFailure;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.Success$;
import org.apache.spark.TaskEndReason;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * The sweep's progress on the driver: a line per finished run with the counts of runs done,
 * running and failed, and a line per try that Spark will repeat. Task starts and ends come from
 * Spark's listener bus, finished runs from the job's result handler.
 */
final class SweepProgress extends SparkListener {
    private final PrintWriter out;
    private final List<SweepRun> partitions; // the run of each partition (task index)
    private final int total;
    /** Task slots now: a try ends on its executor before its end event arrives, while its successor starts. */
    private final IntSupplier slots;
    /** Partitions with a try under way: Spark's listener events arrive late, so results also end them. */
    private final Set<Integer> running = new HashSet<>();
    private final Set<Integer> finished = new HashSet<>();
    private int done;
    private int failed;
    private volatile boolean active = true;

    SweepProgress(PrintWriter out, List<SweepRun> partitions, IntSupplier slots) {
        this.out = out;
        this.slots = slots;
        this.partitions = partitions;
        this.total = partitions.size();
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart start) {
        int partition = start.taskInfo().index();
        if (active && !finished.contains(partition)) {
            running.add(partition);
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd end) {
        if (!active) {
            return;
        }
        int partition = end.taskInfo().index();
        running.remove(partition);
        TaskEndReason reason = end.reason();
        if (reason == Success$.MODULE$ || finished.contains(partition)) {
            return;
        }
        SweepRun run = partitions.get(partition);
        out.printf("retry: %s %s seed %d (try %d): %s%n", run.designName(), run.variant(), run.seed(),
                end.taskInfo().attemptNumber() + 1, why(reason));
        out.flush();
    }

    private static String why(TaskEndReason reason) {
        if (reason instanceof ExceptionFailure f) {
            return f.description();
        }
        if (reason instanceof ExecutorLostFailure lost) {
            return "executor " + lost.execId() + " was lost";
        }
        return reason.toString();
    }

    /** The result of partition {@code partition}'s run arrived (from the job's result handler). */
    synchronized void finished(int partition, RunResult r) {
        finished.add(partition);
        running.remove(partition);
        done++;
        SweepRun run = r.run();
        String counts = String.format(Locale.ROOT, "[%d/%d done, %d running, %d failed]", done, total,
                Math.min(running.size(), slots.getAsInt()), r.ok() ? failed : ++failed);
        if (r.ok()) {
            out.printf(Locale.ROOT, "%s %s  %s  seed %d  proxy %.6f  hpwl %.1f  %.1f s%s%n", counts, run.designName(),
                    run.variant(), run.seed(), r.proxyCost(), r.hpwl(), r.runtimeSeconds(),
                    r.legal() ? "" : "  ILLEGAL");
        } else {
            out.printf("%s %s  %s  seed %d  FAILED after %d tries: %s%n", counts, run.designName(), run.variant(),
                    run.seed(), r.attempts(), r.error());
        }
        out.flush();
    }

    synchronized int failed() {
        return failed;
    }

    /** Stops counting (the jobs that write the results are not runs). */
    void stop() {
        active = false;
    }
}
