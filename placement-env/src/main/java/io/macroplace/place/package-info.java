/**
 * The placer API that every placer implements and depends on, and that depends on none of them:
 * the {@link io.macroplace.place.Placer} interface (seeded, time-budgeted, cancellable through a
 * {@link io.macroplace.place.ProgressListener}), its {@link io.macroplace.place.PlacementResult},
 * the {@link io.macroplace.place.Deadline} loops poll, {@link io.macroplace.place.PlacerSupport}
 * (start and finish of every placer) and {@link io.macroplace.place.PipelinePlacer}. The problem a
 * placer solves is an {@link io.macroplace.env.problem.PlacementProblem}; implementations live in
 * the subpackages ({@code random}, {@code greedy}, {@code ea}, {@code sa}, {@code cd}) and are
 * listed by name in {@link io.macroplace.place.registry}.
 */
package io.macroplace.place;
