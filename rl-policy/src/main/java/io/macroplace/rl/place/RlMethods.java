package io.macroplace.rl.place;

import io.macroplace.place.registry.Method;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.MethodProvider;
import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.io.PolicyIo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Adds "rl" to the standard method registry (through {@code META-INF/services}): the trained
 * policy of {@link MethodOptions#policy()}, best of the argmax episode and
 * {@link MethodOptions#samples()} sampled ones.
 */
public final class RlMethods implements MethodProvider {

    @Override
    public List<Method> methods() {
        return List.of(new Method("rl", "a trained policy (--policy; default: the shipped pre-trained one)",
                RlMethods::placer));
    }

    private static PolicyPlacer placer(MethodOptions options) {
        if (options.policy() == null) {
            throw new IllegalArgumentException("the rl method needs --policy POLICY.zip (make one with 'macroplace"
                    + " train'); the shipped designs/policies/pretrained.zip was not found either");
        }
        BackendInfo.current(); // a clear error if ND4J cannot start here
        try {
            return new PolicyPlacer(PolicyIo.load(options.policy()), options.samples());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
