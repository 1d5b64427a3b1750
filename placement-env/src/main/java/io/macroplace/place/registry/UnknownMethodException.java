package io.macroplace.place.registry;

import java.util.List;

/**
 * A method name the registry does not know. The message names it and lists every known method; a
 * caller that can guess what was meant adds that with {@link #suggesting}.
 */
public final class UnknownMethodException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<String> known;

    UnknownMethodException(String name, List<String> known) {
        this(name, known, null);
    }

    private UnknownMethodException(String name, List<String> known, String suggestion) {
        super((name.isEmpty() ? "empty method name" : "unknown method \"" + name + "\"")
                + (suggestion == null ? ";" : "; did you mean \"" + suggestion + "\"?") + " known: "
                + String.join(", ", known) + ", and pipelines joined by '+' such as greedy+sa+cd");
        this.name = name;
        this.known = List.copyOf(known);
    }

    /** The unknown name, lower case and trimmed as the registry looked it up ("" for an empty one). */
    public String name() {
        return name;
    }

    /** Every method the registry knows, in registration order. */
    public List<String> known() {
        return known;
    }

    /** The same error, asking whether {@code method} was meant. */
    public UnknownMethodException suggesting(String method) {
        return new UnknownMethodException(name, known, method);
    }
}
