/**
 * Flat models the constructive placers and the environment share: objects (hard then soft macros)
 * and nets ({@link io.macroplace.place.model.MacroNetModel}), per-net boxes of placed pins with
 * the WireMask-BBO wire mask in O(entries + columns + rows)
 * ({@link io.macroplace.place.model.NetBoxes}), the placement order and candidate grids.
 */
package io.macroplace.place.model;
