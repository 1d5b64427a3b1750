/** Simulated annealing on the exact incremental proxy cost with legal-only moves. */
package io.macroplace.place.sa;
