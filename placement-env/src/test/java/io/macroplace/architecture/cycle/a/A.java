package io.macroplace.architecture.cycle.a;

import io.macroplace.architecture.cycle.b.B;

/** Half of a deliberate package cycle (a → b → a) that {@code PackageDependenciesTest} must report. */
public final class A {
    public B partner() {
        return new B();
    }
}
