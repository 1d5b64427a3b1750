package io.macroplace.place.sa;

import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.search.SearchState;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Simulated annealing on the exact incremental proxy cost, from the problem's initial placement
 * (which must have legal hard macros: run it after a constructive stage, or on a legal input).
 * Moves: hard-macro shifts within a shrinking radius, jumps anywhere, swaps of hard macros of
 * similar area, soft-macro shifts. Only legal hard-macro moves are proposed ({@link SearchState}
 * checks them against a bucket index), so the result is legal. Temperature cools geometrically
 * over the time budget from a T0 that accepts an average uphill move with probability
 * {@link SaConfig#acceptStart()}. Returns the best placement seen.
 */
public final class AnnealingPlacer implements Placer {
    private static final int SAMPLE_MOVES = 300;
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
        SplittableRandom rng = new SplittableRandom(seed);
        SearchState s = new SearchState(problem, new Legalizer(problem, config.spacing()).legalStart(), config.spacing());
        if (config.softAtStart()) {
            s.replaceSoftMacros();
        }
        MoveGenerator moves = new MoveGenerator(problem, s, config, rng);
        // T0 from the mean uphill change of a sample of moves at the start radius
        double up = 0;
        int ups = 0;
        for (int i = 0; i < SAMPLE_MOVES; i++) {
            double d = moves.propose(0);
            if (Double.isNaN(d)) {
                continue;
            }
            s.revert();
            if (d > 0) {
                up += d;
                ups++;
            }
        }
        double t0 = ups == 0 ? 1e-6 : -(up / ups) / Math.log(config.acceptStart());
        // with a move budget the schedule ignores the clock, so the same seed gives the same placement
        boolean byCount = config.maxMoves() != Long.MAX_VALUE;
        long count = 0;
        double frac = 0;
        double temperature = t0;
        while (count < config.maxMoves()) {
            if ((count & 63) == 0) {
                if (deadline.over()) {
                    break;
                }
                frac = byCount ? (double) count / config.maxMoves() : deadline.fraction();
                temperature = t0 * Math.pow(config.coolTo(), frac);
                if ((count & 16383) == 0) {
                    listener.progress(name(), frac, s.best());
                }
                if (config.softEvery() > 0 && count > 0 && count % config.softEvery() < 64) {
                    s.replaceSoftMacros();
                }
            }
            count++;
            double d = moves.propose(frac);
            if (Double.isNaN(d)) {
                continue;
            }
            if (d <= 0 || rng.nextDouble() < Math.exp(-d / temperature)) {
                moves.commit();
            } else {
                s.revert();
            }
        }
        return PlacerSupport.finish(problem, name(), s.bestPlacement(), config.spacing(), deadline.elapsed(),
                deadline.cancelled());
    }
}
