package io.macroplace.env.move;

/**
 * A proposed change to a placement, as data: move generators create them, the cost scores them
 * ({@code ProxyCost.propose}), nobody else applies them. Node ids are netlist node ids of
 * placeable nodes (hard or soft macros, ports, standard cells).
 */
public sealed interface Move permits ShiftMove, SwapMove, OrientMove {
}
