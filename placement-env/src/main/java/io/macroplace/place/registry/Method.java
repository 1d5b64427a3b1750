package io.macroplace.place.registry;

import io.macroplace.place.Placer;
import java.util.Objects;
import java.util.function.Function;

/**
 * A placement method as the registry knows it: the name users type, one line for help texts,
 * and how to build its placer from the {@link MethodOptions}.
 *
 * @param factory builds the placer; throws IllegalArgumentException, with a message for the user,
 *                when an option the method needs is missing or wrong
 */
public record Method(String name, String summary, Function<MethodOptions, Placer> factory) {
    public Method {
        Objects.requireNonNull(summary);
        Objects.requireNonNull(factory);
        if (name == null || !name.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("a method name is lower-case letters, digits, '-' or '_': " + name);
        }
    }

    public Placer create(MethodOptions options) {
        return factory.apply(options);
    }
}
