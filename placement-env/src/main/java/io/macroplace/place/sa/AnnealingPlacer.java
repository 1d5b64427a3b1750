package io.macroplace.place.sa;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Placement;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.SearchStats;
import io.macroplace.place.sa.move.MoveContext;
import io.macroplace.place.sa.move.MoveGenerator;
import io.macroplace.place.sa.move.MoveMix;
import io.macroplace.place.search.SearchState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Simulated annealing on the exact incremental proxy cost, from the problem's initial placement
 * made legal ({@link Legalizer#legalStart}), on {@link SaConfig#threads()} threads: one Markov
 * chain per thread, each with its own search state and random stream, all on one schedule
 * (temperature cooling geometrically from a T0 that accepts an average uphill move with
 * probability {@link SaConfig#acceptStart()}, shift radius shrinking). The chains meet
 * {@link SaConfig#epochs()} times; at each meeting the ones behind copy the best chain's
 * placement (go with the winners). Moves come from the configured generators and are legal by
 * construction, so every placement the chains visit is legal. Returns the best placement any
 * chain saw.
 *
 * <p>With a move budget ({@link SaConfig#maxMoves()}) the schedule and the meetings follow move
 * counts, not the clock, so a seed gives the same placement for the same number of threads.
 */
public final class AnnealingPlacer implements Placer {
    private static final int SAMPLE_MOVES = 300;
    private static final long REPORT_MILLIS = 250;
    private final SaConfig config;

    public AnnealingPlacer(SaConfig config) {
        this.config = config;
    }

    public SaConfig config() {
        return config;
    }

    @Override
    public String name() {
        return "sa";
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        SplittableRandom root = new SplittableRandom(seed);
        Placement start = new Legalizer(problem, config.spacing()).legalStart();
        SearchState first = new SearchState(problem, start, config.spacing());
        if (config.softAtStart()) {
            first.replaceSoftMacros();
        }
        MoveMix firstMix = new MoveMix(new MoveContext(problem, first), config.moves());
        double side = Math.max(problem.canvas().width(), problem.canvas().height());
        double cell = Math.min(problem.canvas().cellWidth(), problem.canvas().cellHeight());
        Schedule schedule = Schedule.of(config, startTemperature(first, firstMix, root.split(), side), side, cell);
        int n = config.threads();
        List<Chain> chains = new ArrayList<>(n);
        chains.add(new Chain(first, firstMix, root.split(), schedule, config.softEvery()));
        for (int i = 1; i < n; i++) {
            SearchState s = new SearchState(problem, start, config.spacing());
            s.copyFrom(first);
            chains.add(new Chain(s, new MoveMix(new MoveContext(problem, s), config.moves()), root.split(), schedule,
                    config.softEvery()));
        }
        long searchStart = System.nanoTime();
        anneal(chains, deadline, listener, searchStart);
        Chain best = chains.get(0);
        long moves = 0;
        long cpu = 0;
        for (Chain c : chains) {
            moves += c.evaluated();
            cpu += c.cpuNanos();
            if (c.state.best() < best.state.best()) {
                best = c;
            }
        }
        SearchStats stats = new SearchStats(moves, Duration.ofNanos(System.nanoTime() - searchStart),
                Duration.ofNanos(cpu));
        listener.rate(name(), stats.movesPerSecond());
        return PlacerSupport.finish(problem, name(), best.state.bestPlacement(), config.spacing(), deadline.elapsed(),
                deadline.cancelled(), stats);
    }

    /** T0 from the mean uphill change of a sample of moves at the start radius (proposed, then reverted). */
    private double startTemperature(SearchState s, MoveMix mix, SplittableRandom rng, double side) {
        double up = 0;
        int ups = 0;
        for (int i = 0; i < SAMPLE_MOVES; i++) {
            double d = mix.propose(config.radiusStart() * side, rng);
            if (!MoveGenerator.proposed(d)) {
                continue;
            }
            s.revert();
            if (d > 0) {
                up += d;
                ups++;
            }
        }
        return ups == 0 ? 1e-6 : -(up / ups) / Math.log(config.acceptStart());
    }

    /** Runs the epochs on a pool of one thread per chain; the calling thread reports progress and exchanges. */
    private void anneal(List<Chain> chains, Deadline deadline, ProgressListener listener, long searchStart) {
        int n = chains.size();
        int epochs = config.epochs();
        boolean byCount = config.maxMoves() != Long.MAX_VALUE;
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "macroplace-sa");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int e = 0; e < epochs && !deadline.over(); e++) {
                List<Future<?>> running = new ArrayList<>(n);
                double untilFraction = (e + 1) / (double) epochs;
                for (int i = 0; i < n; i++) {
                    Chain c = chains.get(i);
                    long own = byCount ? config.maxMoves() / n + (i < config.maxMoves() % n ? 1 : 0) : 0;
                    // the last epoch runs to the chain's whole share, whatever the rounding
                    long until = !byCount ? Long.MAX_VALUE : e + 1 == epochs ? own : (long) (own * untilFraction);
                    running.add(pool.submit(() -> c.run(until, own, untilFraction, deadline)));
                }
                await(running, chains, deadline, listener, searchStart, byCount ? (e + 1.0) / epochs : -1);
                if (chains.stream().allMatch(Chain::stuck)) {
                    break;
                }
                goWithTheWinner(chains);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every chain behind the best one (by current cost; ties to the lower index) continues from a copy of it. */
    private static void goWithTheWinner(List<Chain> chains) {
        Chain winner = chains.get(0);
        for (Chain c : chains) {
            if (c.state.current() < winner.state.current()) {
                winner = c;
            }
        }
        for (Chain c : chains) {
            if (c != winner && c.state.current() > winner.state.current()) {
                c.state.copyFrom(winner.state);
            }
        }
    }

    /** Waits for one epoch's chains, reporting progress every {@value #REPORT_MILLIS} ms. */
    private void await(List<Future<?>> running, List<Chain> chains, Deadline deadline, ProgressListener listener,
                       long searchStart, double epochEnd) {
        for (Future<?> f : running) {
            while (true) {
                try {
                    f.get(REPORT_MILLIS, TimeUnit.MILLISECONDS);
                    break;
                } catch (TimeoutException stillRunning) {
                    report(chains, deadline, listener, searchStart, -1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while annealing", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        report(chains, deadline, listener, searchStart, epochEnd);
    }

    private void report(List<Chain> chains, Deadline deadline, ProgressListener listener, long searchStart,
                        double fraction) {
        double best = Double.POSITIVE_INFINITY;
        long moves = 0;
        for (Chain c : chains) {
            best = Math.min(best, c.publishedBest());
            moves += c.publishedMoves();
        }
        double frac = fraction >= 0 ? fraction : config.maxMoves() != Long.MAX_VALUE
                ? Math.min(1, (double) moves / config.maxMoves()) : deadline.fraction();
        listener.progress(name(), frac, best);
        long nanos = System.nanoTime() - searchStart;
        listener.rate(name(), nanos == 0 ? 0 : moves * 1e9 / nanos);
    }
}
