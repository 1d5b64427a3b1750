package io.macroplace.env.cost;

/**
 * One term of the proxy cost, evaluated in full or incrementally (VPR / Timefold shape):
 * {@code retract(change)} before a move is applied to the placement state, {@code insert(change)}
 * after it, then exactly one of {@code commit()} or {@code revert()}. Between insert and
 * commit/revert the term holds a proposed copy of everything the move touched; the committed
 * copy is unchanged until commit.
 */
public interface CostTerm {

    /** Short name for reports and check-mode messages, e.g. "density". */
    String name();

    /** Rebuilds every incremental structure from the current placement state; returns the value. */
    double reset();

    /** The committed value. */
    double value();

    /**
     * The value computed from scratch on the current placement state by the plain full kernel,
     * without touching the incremental structures (benchmarks, check mode).
     */
    double evaluateFromScratch();

    /** Takes out the contributions of what the change moves, reading the state before the move. */
    void retract(ChangeSet change);

    /** Puts back the contributions of what moved, reading the state after the move; returns the proposed value. */
    double insert(ChangeSet change);

    /** The proposed value becomes the committed one. */
    void commit();

    /** Drops the proposal; the committed value stays. */
    void revert();
}
