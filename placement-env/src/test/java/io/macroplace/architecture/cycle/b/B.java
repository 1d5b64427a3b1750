package io.macroplace.architecture.cycle.b;

import io.macroplace.architecture.cycle.a.A;

/** The other half of the deliberate package cycle. */
public final class B {
    public A partner() {
        return new A();
    }
}
