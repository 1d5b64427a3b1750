package io.macroplace.distributed.sweep;

import java.io.Serializable;

/** What a sweep task does with its run: {@link RunTask#run} (tests substitute failing ones). */
@FunctionalInterface
interface RunExecutor extends Serializable {
    RunResult run(SweepRun run, SweepInputs inputs, int attempts, String executor) throws Exception;
}
