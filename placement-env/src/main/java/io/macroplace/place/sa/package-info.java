/**
 * Simulated annealing on the exact incremental proxy cost with legal-only moves, on several
 * threads (one chain and search state each, go with the winners); move kinds are pluggable
 * generators ({@link io.macroplace.place.sa.move}).
 */
package io.macroplace.place.sa;
