package io.macroplace.env.problem;

import io.macroplace.netlist.Placement;

/** Full (from-scratch) evaluation of a placement's proxy cost. */
@FunctionalInterface
public interface Evaluator {
    Costs evaluate(Placement placement);
}
