/**
 * The Circuit Training proxy cost, exact, full and incremental (docs/PROXY_COST.md).
 *
 * <ul>
 *   <li>{@link io.macroplace.env.cost.CostSettings}: canvas, grid, routing capacities, smoothing,
 *       weights, pin mode; from a .plc header with CT defaults, {@code withX} copies.</li>
 *   <li>{@link io.macroplace.env.cost.CostModel}: the netlist flattened once into CSR arrays
 *       (pin owner and offset per net pin, nets per node).</li>
 *   <li>{@link io.macroplace.env.cost.CostTerm}: one term, full or incremental
 *       (retract / insert / commit / revert); {@link io.macroplace.env.cost.WirelengthTerm},
 *       {@link io.macroplace.env.cost.DensityTerm}, {@link io.macroplace.env.cost.CongestionTerm}.</li>
 *   <li>{@link io.macroplace.env.cost.ProxyCost}: the weighted sum over a
 *       {@link io.macroplace.env.state.PlacementState}; {@code propose(move)} returns the delta,
 *       then {@code commit()} or {@code revert()}; check mode compares with a full evaluation;
 *       {@code ProxyCost.evaluate(model, state)} is the one-off full evaluation.</li>
 * </ul>
 *
 * <p>Exactness: the full kernels follow the reference's order of operations where it matters
 * (congestion demand is summed per row and column from the routes' segment ends, exact for
 * integer and other dyadic net weights; HPWL is summed net by net); incremental cell values use
 * error-free sums with contributor counts (an uncovered cell is exactly 0), totals are recomputed
 * from their own contributors, and top-k sums come from a fixed-shape tree over the top items
 * ({@link io.macroplace.env.cost.topk.KLargestSum}), so the incremental state does not drift.
 *
 * <p>Speed: a proposal touches the moved nodes' pins (read in node order), their nets (kept side
 * by side by the model's net order), each net's cell set ({@code NetCells}) and only the grid
 * cells whose demand changes ({@code DemandDelta}); it changes arrays in place and keeps what it
 * overwrote, so commit forgets and revert writes back. No allocation per move.
 */
package io.macroplace.env.cost;
