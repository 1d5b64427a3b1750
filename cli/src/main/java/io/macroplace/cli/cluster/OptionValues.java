package io.macroplace.cli.cluster;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options an options object (a picocli mixin such as {@code CostOptions}) holds, as command-line
 * arguments again: executors of a cluster rebuild the same object from them with the same picocli
 * definitions, so names, values and checks stay those of the command line.
 */
public final class OptionValues {
    private OptionValues() {
    }

    /**
     * {@code --name=value} for every option field that is set (not null); a negatable boolean
     * becomes {@code --name} or {@code --no-name}. Values are written with {@code toString}, which
     * reads back to the same number for Integer and Double.
     */
    public static List<String> args(Object options) {
        List<String> args = new ArrayList<>();
        for (Field f : options.getClass().getDeclaredFields()) {
            Option o = f.getAnnotation(Option.class);
            if (o == null) {
                continue;
            }
            Object value;
            try {
                f.setAccessible(true);
                value = f.get(options);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            String name = longest(o.names());
            if (value instanceof Boolean b) {
                if (b) {
                    args.add(name);
                } else if (o.negatable()) {
                    args.add("--no-" + name.substring(2));
                }
            } else {
                args.add(name + "=" + value);
            }
        }
        return args;
    }

    private static String longest(String[] names) {
        String best = names[0];
        for (String n : names) {
            if (n.length() > best.length()) {
                best = n;
            }
        }
        return best;
    }
}
