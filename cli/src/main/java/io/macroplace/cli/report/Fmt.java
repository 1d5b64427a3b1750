package io.macroplace.cli.report;

import java.util.Locale;

/** Number formatting for reports and chart labels: Locale.ROOT, about 4 significant digits. */
final class Fmt {
    private Fmt() {
    }

    /** Decimals that show about 4 significant digits of v (0 for |v| >= 1000, at most 8). */
    static int decimalsFor(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
        return Math.max(0, Math.min(8, 3 - magnitude));
    }

    static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // "-0.000" reads as a sign error in a table; show it as zero.
        return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
    }

    /** v with about 4 significant digits. */
    static String sig(double v) {
        return fixed(v, decimalsFor(v));
    }

    /** Drops trailing zeros after a decimal point ("0.350" -> "0.35", "2.000" -> "2"). */
    static String trim(String s) {
        if (s.indexOf('.') < 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Short chart label: about 4 significant digits, trailing zeros dropped, and a k/M/G suffix
     * from 10^4 up so axis labels of HPWL-sized values stay narrow ("4.763M").
     */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return trim(sig(v / 1e9)) + "G";
        }
        if (a >= 1e6) {
            return trim(sig(v / 1e6)) + "M";
        }
        if (a >= 1e4) {
            return trim(sig(v / 1e3)) + "k";
        }
        return trim(sig(v));
    }
}
