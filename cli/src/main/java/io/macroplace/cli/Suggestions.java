package io.macroplace.cli;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for mistyped command, option and method names. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The name closest to {@code word} by edit distance (insertions, deletions, substitutions and
     * swaps of neighbours, case ignored), if it is close: at most a third of the word's length, and
     * at least 1. Null when nothing is that close.
     */
    public static String nearest(String word, Collection<String> names) {
        String w = word.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int d = distance(w, name.toLowerCase(Locale.ROOT));
            if (d <= allowed && d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
