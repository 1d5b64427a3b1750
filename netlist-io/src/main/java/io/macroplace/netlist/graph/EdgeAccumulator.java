package io.macroplace.netlist.graph;

import java.util.Arrays;

/**
 * Sums weights of undirected edges keyed by their vertex pair, in flat arrays (open addressing),
 * remembering first-insertion order so that the graph built from it is deterministic. Far cheaper
 * than looking edges up in a JGraphT graph once per net pair.
 */
final class EdgeAccumulator {
    private int[] table; // slot -> edge index + 1, 0 = empty
    private long[] keys;
    private int[] a;
    private int[] b;
    private double[] weight;
    private int size;

    EdgeAccumulator(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new int[cap];
        keys = new long[Math.max(16, expected)];
        a = new int[keys.length];
        b = new int[keys.length];
        weight = new double[keys.length];
    }

    void add(int u, int v, double w) {
        int lo = Math.min(u, v);
        int hi = Math.max(u, v);
        long key = ((long) lo << 32) | hi;
        int mask = table.length - 1;
        int slot = mix(key) & mask;
        while (table[slot] != 0) {
            int e = table[slot] - 1;
            if (keys[e] == key) {
                weight[e] += w;
                return;
            }
            slot = (slot + 1) & mask;
        }
        if (size == keys.length) {
            int cap = size * 2;
            keys = Arrays.copyOf(keys, cap);
            a = Arrays.copyOf(a, cap);
            b = Arrays.copyOf(b, cap);
            weight = Arrays.copyOf(weight, cap);
        }
        keys[size] = key;
        a[size] = lo;
        b[size] = hi;
        weight[size] = w;
        size++;
        table[slot] = size;
        if (size * 2 > table.length) {
            rehash();
        }
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = mix(keys[e]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = e + 1;
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }

    int size() {
        return size;
    }

    int a(int e) {
        return a[e];
    }

    int b(int e) {
        return b[e];
    }

    double weight(int e) {
        return weight[e];
    }
}
