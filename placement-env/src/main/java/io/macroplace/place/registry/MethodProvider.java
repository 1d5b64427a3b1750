package io.macroplace.place.registry;

import java.util.List;

/**
 * How a module adds methods to {@link PlacerRegistry#standard()}: implement this and name the
 * class in {@code META-INF/services/io.macroplace.place.registry.MethodProvider} (rl-policy adds
 * "rl" this way). Implementations need a public no-argument constructor.
 */
public interface MethodProvider {
    List<Method> methods();
}
