/**
 * Soft-macro (standard-cell cluster) placement by forces: attraction along nets, repulsion
 * between overlapping macros, bounded moves per round, deterministic.
 */
package io.macroplace.env.softmacro;
