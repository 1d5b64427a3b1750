/**
 * The flattened placement model that placers, the legaliser and the RL environment share: objects
 * (hard then soft macros) and nets ({@link io.macroplace.env.model.MacroNetModel}), per-net boxes
 * of placed pins with the WireMask-BBO wire mask in O(entries + columns + rows)
 * ({@link io.macroplace.env.model.NetBoxes}), the placement order and candidate grids. Depends on
 * the netlist only.
 */
package io.macroplace.env.model;
