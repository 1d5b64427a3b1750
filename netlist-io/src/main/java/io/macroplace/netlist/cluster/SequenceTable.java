package io.macroplace.netlist.cluster;

import java.util.Arrays;

/**
 * Interns int sequences: equal sequences get the same id, ids count up from 0 in first-seen
 * order. Used to merge parallel nets (a net's sorted pins) and to merge a cluster's output wires
 * that reach the same destinations. Open addressing over flat arrays; no boxing.
 */
final class SequenceTable {
    private int[] pool = new int[1024];
    private int poolSize;
    private int[] start = new int[256];
    private int[] length = new int[256];
    private int[] hash = new int[256];
    private int count;
    private int[] table = new int[512]; // id + 1, 0 = empty

    int size() {
        return count;
    }

    int length(int id) {
        return length[id];
    }

    /** The i-th element of sequence {@code id}. */
    int get(int id, int i) {
        return pool[start[id] + i];
    }

    /** The id of {@code values[from, from + len)}, adding the sequence when it is new. */
    int intern(int[] values, int from, int len) {
        int h = 1;
        for (int i = from; i < from + len; i++) {
            h = 31 * h + values[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                int id = add(values, from, len, h);
                table[slot] = id + 1;
                if (2 * count > table.length) {
                    rehash();
                }
                return id;
            }
            int id = entry - 1;
            if (hash[id] == h && length[id] == len && equal(id, values, from, len)) {
                return id;
            }
        }
    }

    private boolean equal(int id, int[] values, int from, int len) {
        int s = start[id];
        for (int i = 0; i < len; i++) {
            if (pool[s + i] != values[from + i]) {
                return false;
            }
        }
        return true;
    }

    private int add(int[] values, int from, int len, int h) {
        if (count == start.length) {
            start = Arrays.copyOf(start, count * 2);
            length = Arrays.copyOf(length, count * 2);
            hash = Arrays.copyOf(hash, count * 2);
        }
        if (poolSize + len > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
        }
        System.arraycopy(values, from, pool, poolSize, len);
        start[count] = poolSize;
        length[count] = len;
        hash[count] = h;
        poolSize += len;
        return count++;
    }

    private void rehash() {
        table = new int[table.length * 2];
        int mask = table.length - 1;
        for (int id = 0; id < count; id++) {
            int slot = hash[id] & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = id + 1;
        }
    }
}
