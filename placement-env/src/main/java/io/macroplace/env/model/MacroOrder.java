package io.macroplace.env.model;

/** The order in which hard macros are placed: largest area first, then most nets, then lowest id. */
public final class MacroOrder {
    private MacroOrder() {
    }

    /** Movable (not fixed) hard-macro objects in placement order. */
    public static int[] of(MacroNetModel m) {
        int count = 0;
        for (int o = 0; o < m.hardCount; o++) {
            if (!m.objFixed[o]) {
                count++;
            }
        }
        int[] order = new int[count];
        int k = 0;
        for (int o = 0; o < m.hardCount; o++) {
            if (!m.objFixed[o]) {
                order[k++] = o;
            }
        }
        // insertion sort: a one-off over at most a few thousand macros, no boxing
        for (int i = 1; i < count; i++) {
            int v = order[i];
            int j = i - 1;
            while (j >= 0 && before(m, v, order[j])) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = v;
        }
        return order;
    }

    private static boolean before(MacroNetModel m, int a, int b) {
        double areaA = m.objW[a] * m.objH[a];
        double areaB = m.objW[b] * m.objH[b];
        if (areaA != areaB) {
            return areaA > areaB;
        }
        int netsA = m.objEntryStart[a + 1] - m.objEntryStart[a];
        int netsB = m.objEntryStart[b + 1] - m.objEntryStart[b];
        if (netsA != netsB) {
            return netsA > netsB;
        }
        return a < b;
    }
}
