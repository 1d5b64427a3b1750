package io.macroplace.env.cost;

/** Check mode found the incremental cost and a from-scratch evaluation apart by more than the tolerance. */
public final class CostCheckException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public CostCheckException(String message) {
        super(message);
    }
}
