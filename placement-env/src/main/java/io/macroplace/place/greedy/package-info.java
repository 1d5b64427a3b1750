/** WireMask greedy placement (the decoder itself is {@link io.macroplace.env.construct.GreedyDecoder}). */
package io.macroplace.place.greedy;
