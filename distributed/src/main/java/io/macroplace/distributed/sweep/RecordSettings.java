package io.macroplace.distributed.sweep;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Changes one component of a settings record by its snake_case name ("accept_start" for
 * {@code SaConfig.acceptStart}), through the canonical constructor, so that the record's own
 * checks apply. Numbers, booleans, text and enum components can be set; nested records cannot.
 */
final class RecordSettings {
    private RecordSettings() {
    }

    /** The settings a record type can take, in snake_case. */
    static List<String> names(Class<? extends Record> type) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (settable(c.getType())) {
                out.add(snake(c.getName()));
            }
        }
        return out;
    }

    /**
     * A copy of {@code record} with {@code setting} parsed from {@code value}.
     *
     * @throws IllegalArgumentException for an unknown setting, a bad value, or one the record refuses
     */
    static <R extends Record> R with(R record, String setting, String value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        int found = -1;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getAccessor().invoke(record);
                if (snake(components[i].getName()).equals(setting) && settable(types[i])) {
                    found = i;
                }
            }
            if (found < 0) {
                throw new IllegalArgumentException("unknown setting \"" + setting + "\" (known: "
                        + String.join(", ", names(record.getClass())) + ")");
            }
            args[found] = parse(types[found], value, setting);
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            R changed = (R) canonical.newInstance(args);
            return changed;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException(setting + " = " + value + ": "
                    + (cause.getMessage() != null ? cause.getMessage() : cause.toString()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + record.getClass().getSimpleName(), e);
        }
    }

    private static boolean settable(Class<?> t) {
        return t == double.class || t == int.class || t == long.class || t == boolean.class || t == String.class
                || t.isEnum();
    }

    private static Object parse(Class<?> type, String value, String setting) {
        try {
            if (type == double.class) {
                return Double.parseDouble(value);
            } else if (type == int.class) {
                return Integer.parseInt(integral(value));
            } else if (type == long.class) {
                return Long.parseLong(integral(value));
            } else if (type == boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new NumberFormatException();
                }
                return Boolean.parseBoolean(value);
            } else if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(value)) {
                        return constant;
                    }
                }
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            String kind = type.isEnum()
                    ? "one of " + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT)
                    : type == boolean.class ? "true or false" : "a" + (type == double.class ? " number" : "n integer");
            throw new IllegalArgumentException(setting + ": \"" + value + "\" is not " + kind);
        }
    }

    /** 3e6 and 3000000.0 are integers too, as JSON numbers are often written. */
    private static String integral(String value) {
        try {
            return new java.math.BigDecimal(value).toBigIntegerExact().toString();
        } catch (ArithmeticException | NumberFormatException e) {
            return value;
        }
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
