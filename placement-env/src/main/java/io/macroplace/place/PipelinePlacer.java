package io.macroplace.place;

import io.macroplace.env.problem.PlacementProblem;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs placers in order, each starting from the previous stage's placement. The budget is split
 * by {@link Placer#budgetShare()}: constructive stages (random, greedy) get a small share, improving
 * stages (sa, ea, cd) the rest, and time a stage leaves unused passes to the later ones. Cancelling
 * stops the running stage and skips the rest; the best legal result so far is returned.
 */
public final class PipelinePlacer implements Placer {
    private final List<Placer> stages;

    public PipelinePlacer(List<Placer> stages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a pipeline needs at least one stage");
        }
        this.stages = List.copyOf(stages);
    }

    @Override
    public String name() {
        return stages.stream().map(Placer::name).collect(Collectors.joining("+"));
    }

    public List<Placer> stages() {
        return stages;
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        PlacementProblem current = problem;
        PlacementResult best = null;
        boolean cancelled = false;
        SearchStats search = SearchStats.NONE;
        for (int i = 0; i < stages.size(); i++) {
            double remainingWeight = 0;
            for (int j = i; j < stages.size(); j++) {
                remainingWeight += stages.get(j).budgetShare();
            }
            double share = stages.get(i).budgetShare() / remainingWeight;
            Duration stageBudget = Duration.ofNanos((long) (deadline.remaining().toNanos() * share));
            PlacementResult r = stages.get(i).place(current, seed + i, stageBudget, listener);
            search = search.plus(r.search());
            if (r.legal() && (best == null || r.costs().proxy() <= best.costs().proxy() || !best.legal())) {
                best = r;
            } else if (best == null) {
                best = r;
            }
            current = current.withInitial(r.placement());
            if (deadline.cancelled() || r.cancelled()) {
                cancelled = true;
                break;
            }
        }
        return new PlacementResult(name(), best.placement(), best.costs(), deadline.elapsed(), best.legality(), cancelled,
                search);
    }
}
