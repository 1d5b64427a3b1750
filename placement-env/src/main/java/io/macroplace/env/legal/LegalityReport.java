package io.macroplace.env.legal;

/**
 * The outcome of a legality check of the hard macros.
 *
 * @param outside      hard macros not fully inside the canvas
 * @param overlaps     pairs of hard macros that overlap by more than the tolerance (or, checked with a
 *                     spacing, are closer than it)
 * @param blocked      hard macros overlapping a blockage (or closer to one than the spacing)
 * @param firstProblem a readable description of the first violation found, or null
 */
public record LegalityReport(int outside, int overlaps, int blocked, String firstProblem) {

    public boolean legal() {
        return outside == 0 && overlaps == 0 && blocked == 0;
    }
}
