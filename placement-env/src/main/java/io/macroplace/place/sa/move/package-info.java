/**
 * The annealer's move generators, VPR-style: each kind of move a small
 * {@link io.macroplace.place.sa.move.MoveGenerator} (hard-macro shift, swap, jump, soft-macro
 * shift, flip) that draws a legal move and proposes it to the search state's primitive propose
 * methods (no move object, so the annealing loop allocates nothing); the annealer commits or reverts it;
 * {@link io.macroplace.place.sa.move.MoveMix} picks one by the weights of the SA config. A new
 * kind of move is a new generator added to the config's mix.
 */
package io.macroplace.place.sa.move;
