/**
 * Sequential construction of hard-macro placements on the flattened model: the WireMask decoder
 * ({@link io.macroplace.env.construct.GreedyDecoder}, which greedy, random and EA placement decode
 * with) and the {@link io.macroplace.env.construct.Legalizer} built on it, which every placer and
 * the RL environment's dead-end repair use.
 */
package io.macroplace.env.construct;
