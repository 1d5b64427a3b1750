package io.macroplace.env.cost.testing;

import static org.junit.jupiter.api.Assertions.fail;

/** Relative comparison with an absolute floor for values that should be 0. */
public final class Close {
    private Close() {
    }

    public static void assertClose(double expected, double actual, double rel, String what) {
        double diff = Math.abs(expected - actual);
        if (!(expected == actual || diff <= rel * Math.max(Math.abs(expected), Math.abs(actual)) || diff <= 1e-14)) {
            fail(what + ": expected " + expected + " but was " + actual + " (diff " + diff + ")");
        }
    }
}
