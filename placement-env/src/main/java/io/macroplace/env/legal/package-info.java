/**
 * Hard-macro legality: the canvas and grid ({@link io.macroplace.env.legal.Canvas}), the shared
 * checker every placer's output passes ({@link io.macroplace.env.legal.Legality}: inside the
 * canvas, pairwise non-overlapping, clear of blockages, 1e-6 tolerance; E/W orientations swap
 * sides), legal-position masks over a grid of candidate centres in O(obstacles + points)
 * ({@link io.macroplace.env.legal.LegalMask}), a bucket index for incremental overlap checks
 * while macros move ({@link io.macroplace.env.legal.MacroIndex}) and a flush-position fallback
 * ({@link io.macroplace.env.legal.FreeSpot}).
 */
package io.macroplace.env.legal;
