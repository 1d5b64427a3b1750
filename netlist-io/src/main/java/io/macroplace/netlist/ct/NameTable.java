package io.macroplace.netlist.ct;

import java.util.Arrays;

/**
 * Canonical Strings for node names read from char ranges. Every {@code input:} and
 * {@code macro_name} repeats the name of some node (a flat netlist has three inputs per node), so
 * looking the chars up before making a String saves most of the reader's allocation, and the
 * builder's name lookups then meet the same String objects.
 */
final class NameTable {
    private String[] slots = new String[1 << 12];
    private int[] hashes = new int[1 << 12];
    private int size;

    /** The String with these chars, made once. */
    String intern(char[] a, int off, int len) {
        int h = 0;
        for (int i = off; i < off + len; i++) {
            h = 31 * h + a[i]; // String.hashCode's formula
        }
        int mask = slots.length - 1;
        int i = mix(h) & mask;
        while (true) {
            String s = slots[i];
            if (s == null) {
                break;
            }
            if (hashes[i] == h && sameChars(s, a, off, len)) {
                return s;
            }
            i = (i + 1) & mask;
        }
        String s = new String(a, off, len);
        slots[i] = s;
        hashes[i] = h;
        if (++size * 2 > slots.length) {
            grow();
        }
        return s;
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private static boolean sameChars(String s, char[] a, int off, int len) {
        if (s.length() != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (s.charAt(i) != a[off + i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        String[] oldSlots = slots;
        int[] oldHashes = hashes;
        slots = new String[oldSlots.length * 2];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] != null) {
                int i = mix(oldHashes[j]) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = oldSlots[j];
                hashes[i] = oldHashes[j];
            }
        }
        Arrays.fill(oldSlots, null);
    }
}
