package io.macroplace.cli;

import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses time limits such as {@code 90}, {@code 90s}, {@code 5m}, {@code 1h30m}, {@code 250ms}. */
public final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    public static Duration parse(String value) {
        String s = value.trim().toLowerCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new TypeConversionException("empty time limit");
        }
        if (s.startsWith("-")) {
            throw new TypeConversionException("a time limit must be positive, not \"" + value + "\"");
        }
        long millis = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                i++;
            }
            int unitStart = i;
            while (i < s.length() && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (start == unitStart) {
                throw new TypeConversionException("bad time limit \"" + value + "\" (use e.g. 90s, 5m, 1h)");
            }
            double amount;
            try {
                amount = Double.parseDouble(s.substring(start, unitStart));
            } catch (NumberFormatException e) {
                throw new TypeConversionException("bad time limit \"" + value + "\" (use e.g. 90s, 5m, 1h)");
            }
            String unit = s.substring(unitStart, i);
            double scale = switch (unit) {
                case "", "s", "sec" -> 1000;
                case "ms" -> 1;
                case "m", "min" -> 60_000;
                case "h" -> 3_600_000;
                default -> throw new TypeConversionException("unknown time unit \"" + unit + "\" in \"" + value
                        + "\" (ms, s, m, h)");
            };
            millis += Math.round(amount * scale);
        }
        if (millis <= 0) {
            throw new TypeConversionException("time limit must be positive: \"" + value + "\"");
        }
        return Duration.ofMillis(millis);
    }

    /** The inverse of {@link #parse}, for messages: "90s", "5m", "1h30m", "250ms". */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 != 0) {
            return ms + "ms";
        }
        long s = ms / 1000;
        StringBuilder b = new StringBuilder();
        if (s >= 3600) {
            b.append(s / 3600).append('h');
            s %= 3600;
        }
        if (s >= 60) {
            b.append(s / 60).append('m');
            s %= 60;
        }
        if (s > 0 || b.length() == 0) {
            b.append(s).append('s');
        }
        return b.toString();
    }
}
