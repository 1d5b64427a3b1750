package io.macroplace.place;

import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.problem.Costs;
import io.macroplace.netlist.Placement;
import java.time.Duration;

/**
 * What a placer returns.
 *
 * @param method   the placer's name (a pipeline: "greedy+sa+cd")
 * @param costs    full proxy cost of {@code placement}
 * @param runtime  wall time of the call
 * @param legality the hard-macro legality check of {@code placement}
 * @param cancelled true when the listener stopped the placer early
 * @param search   the moves a local search evaluated ({@link SearchStats#NONE} for a construction)
 */
public record PlacementResult(String method, Placement placement, Costs costs, Duration runtime,
                              LegalityReport legality, boolean cancelled, SearchStats search) {

    /** A result without search statistics. */
    public PlacementResult(String method, Placement placement, Costs costs, Duration runtime,
                           LegalityReport legality, boolean cancelled) {
        this(method, placement, costs, runtime, legality, cancelled, SearchStats.NONE);
    }

    public boolean legal() {
        return legality.legal();
    }
}
