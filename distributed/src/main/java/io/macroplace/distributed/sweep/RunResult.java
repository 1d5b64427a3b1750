package io.macroplace.distributed.sweep;

import java.io.Serializable;

/**
 * What a run sends back to the driver: its row of the results table and its two files. Costs are
 * NaN for a failed run.
 *
 * @param status   "ok", or "failed" when every try failed ({@code error} says why)
 * @param attempts tries it took (Spark's attempt number + 1)
 * @param executor the executor that ran the last try
 * @param plc      the placement as a .plc file, or null
 * @param png      the layout picture, or null
 */
public record RunResult(SweepRun run, String status, String error, double proxyCost, double wirelength,
                        double density, double congestion, double hpwl, double runtimeSeconds, boolean legal,
                        int attempts, String executor, byte[] plc, byte[] png) implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    public boolean ok() {
        return OK.equals(status);
    }

    public static RunResult failed(SweepRun run, String error, int attempts, String executor) {
        return new RunResult(run, FAILED, error, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, false, attempts, executor, null, null);
    }

    /** The same result without its files (kept on the driver once they are written). */
    public RunResult withoutFiles() {
        return new RunResult(run, status, error, proxyCost, wirelength, density, congestion, hpwl, runtimeSeconds,
                legal, attempts, executor, null, null);
    }
}
