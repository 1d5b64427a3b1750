package io.macroplace.netlist.ct;

/**
 * Parses protobuf text number literals straight from a char range, giving exactly the double that
 * {@link Double#parseDouble} gives. Common literals (at most 18 significant digits and a small
 * decimal exponent) take Clinger's fast path: the digits and the power of ten are both exact
 * doubles, so one IEEE multiplication or division rounds correctly. Anything else that is a valid
 * literal goes through {@code Double.parseDouble}.
 */
final class DecimalParser {
    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    };
    private static final long MAX_EXACT = 1L << 53;

    private DecimalParser() {
    }

    /**
     * The value of a float literal: {@code [+-] digits [. digits] [(e|E) [+-] digits] [f|F]} (at least
     * one mantissa digit), or {@code inf}, {@code infinity}, {@code nan} in any case with an
     * optional sign, as protobuf's text format allows.
     *
     * @throws NumberFormatException when the text is not such a literal
     */
    static double parse(char[] a, int off, int len) {
        int end = off + len;
        if (len > 0 && (a[end - 1] == 'f' || a[end - 1] == 'F') && len > 1 && isDigitOrDot(a[end - 2])) {
            end--; // protobuf's float suffix
        }
        int i = off;
        boolean negative = false;
        if (i < end && (a[i] == '-' || a[i] == '+')) {
            negative = a[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exp10 = 0;
        boolean digits = false;
        boolean exact = true;
        while (i < end && a[i] >= '0' && a[i] <= '9') {
            int d = a[i++] - '0';
            digits = true;
            if (mantissa == 0 && d == 0) {
                continue;
            }
            if (significant < 18) {
                mantissa = mantissa * 10 + d;
                significant++;
            } else {
                exact = false;
                exp10++;
            }
        }
        if (i < end && a[i] == '.') {
            i++;
            while (i < end && a[i] >= '0' && a[i] <= '9') {
                int d = a[i++] - '0';
                digits = true;
                if (mantissa == 0 && d == 0) {
                    exp10--;
                    continue;
                }
                if (significant < 18) {
                    mantissa = mantissa * 10 + d;
                    significant++;
                    exp10--;
                } else {
                    exact = false;
                }
            }
        }
        if (!digits) {
            return special(a, off, end);
        }
        if (i < end && (a[i] == 'e' || a[i] == 'E')) {
            i++;
            boolean expNegative = false;
            if (i < end && (a[i] == '-' || a[i] == '+')) {
                expNegative = a[i] == '-';
                i++;
            }
            if (i == end) {
                throw bad(a, off, len);
            }
            int e = 0;
            while (i < end && a[i] >= '0' && a[i] <= '9') {
                if (e < 100_000) {
                    e = e * 10 + (a[i] - '0');
                }
                i++;
            }
            exp10 += expNegative ? -e : e;
        }
        if (i != end) {
            throw bad(a, off, len);
        }
        if (exact && mantissa <= MAX_EXACT && exp10 >= -22 && exp10 <= 22) {
            double m = mantissa;
            double v = exp10 < 0 ? m / POW10[-exp10] : m * POW10[exp10];
            return negative ? -v : v;
        }
        // valid but outside the fast path: let the JDK do the long arithmetic
        return Double.parseDouble(new String(a, off, end - off));
    }

    /** An integer literal ({@code i:} values): optional sign and decimal digits. */
    static long parseLong(char[] a, int off, int len) {
        try {
            return Long.parseLong(new String(a, off, len));
        } catch (NumberFormatException e) {
            throw bad(a, off, len);
        }
    }

    private static boolean isDigitOrDot(char c) {
        return (c >= '0' && c <= '9') || c == '.';
    }

    private static double special(char[] a, int off, int end) {
        String s = new String(a, off, end - off).toLowerCase(java.util.Locale.ROOT);
        boolean negative = s.startsWith("-");
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        switch (body) {
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> throw new NumberFormatException("bad number \"" + new String(a, off, end - off) + "\"");
        }
    }

    private static NumberFormatException bad(char[] a, int off, int len) {
        return new NumberFormatException("bad number \"" + new String(a, off, len) + "\"");
    }
}
