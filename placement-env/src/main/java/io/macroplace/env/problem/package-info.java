/**
 * What is to be placed and how it is scored, shared by the RL environment and the placers: a
 * {@link io.macroplace.env.problem.PlacementProblem} (netlist, cost settings, start placement,
 * {@link io.macroplace.env.problem.Evaluator}, soft-macro settings, flattened model), the
 * {@link io.macroplace.env.problem.Costs} of a placement, and the MaskPlace setting of Bookshelf
 * designs ({@link io.macroplace.env.problem.MaskPlaceProblems}).
 */
package io.macroplace.env.problem;
