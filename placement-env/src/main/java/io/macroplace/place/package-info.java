/**
 * Placers and their common API: a {@link io.macroplace.place.PlacementProblem} (netlist, cost
 * settings, start placement, evaluator), the {@link io.macroplace.place.Placer} interface (seeded,
 * time-budgeted, cancellable through a {@link io.macroplace.place.ProgressListener}),
 * {@link io.macroplace.place.PlacementResult}, and {@link io.macroplace.place.Placers#parse} for
 * "random", "greedy", "ea", "sa", "cd" and pipelines such as "greedy+sa+cd".
 */
package io.macroplace.place;
