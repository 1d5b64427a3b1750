package io.macroplace.cli;

import io.macroplace.place.ProgressListener;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (elapsed time, stage, best proxy cost, moves per second of a search)
 * that also carries the stop flag:
 * Ctrl-C (SIGINT) or the time limit ends the run, and the command still writes the best result.
 * The shutdown hook waits for the command to finish writing before the JVM exits.
 */
public final class ProgressReporter implements ProgressListener, AutoCloseable {
    private static final int STEPS = 1000;
    private static final long WRITE_GRACE_SECONDS = 120;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;
    private final boolean show;
    private ProgressBar bar;
    private String stage = "";
    private double best = Double.NaN;
    private double rate;

    /** @param show false for --quiet or --json runs: no bar, Ctrl-C still handled */
    public ProgressReporter(boolean show) {
        this.show = show;
        this.hook = new Thread(() -> {
            if (cancelled.compareAndSet(false, true)) {
                System.err.println();
                System.err.println("macroplace: interrupted; writing the best result so far...");
            }
            try {
                finished.await(WRITE_GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "macroplace-sigint");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    @Override
    public synchronized void progress(String stageName, double fraction, double best) {
        if (!show) {
            return;
        }
        if (bar == null || !stageName.equals(stage)) {
            if (bar != null) {
                bar.stepTo(STEPS);
                bar.close();
            }
            stage = stageName;
            rate = 0;
            bar = new ProgressBarBuilder()
                    .setTaskName(stageName)
                    .setInitialMax(STEPS)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .hideEta()
                    .build();
        }
        bar.stepTo(Math.max(0, Math.min(STEPS, Math.round(fraction * STEPS))));
        this.best = best;
        bar.setExtraMessage(message(best, rate));
    }

    @Override
    public synchronized void rate(String stageName, double movesPerSecond) {
        rate = stageName.equals(stage) ? movesPerSecond : 0;
        if (show && bar != null) {
            bar.setExtraMessage(message(best, rate));
        }
    }

    /**
     * The bar's text for a stage's best proxy cost (NaN: the stage has not scored anything yet)
     * and its search speed (0: no search).
     */
    static String message(double best, double movesPerSecond) {
        String cost = Double.isNaN(best) ? "" : String.format(Locale.ROOT, "best proxy %.5f", best);
        return movesPerSecond <= 0 ? cost : String.format(Locale.ROOT, "%s  %,.0f moves/s", cost, movesPerSecond);
    }

    @Override
    public boolean cancelled() {
        return cancelled.get();
    }

    /** Closes the bar; call after the outputs are written, so an interrupted JVM can exit. */
    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and is waiting for the countDown above
        }
    }
}
