package io.macroplace.netlist.cluster;

import java.util.Arrays;

/**
 * An indexed binary max-heap of vertices keyed by a double gain, for Fiduccia-Mattheyses moves:
 * insert, change a key, remove any vertex, all O(log n) on flat arrays. Equal gains are ordered by
 * vertex id (smaller first), so that runs repeat exactly.
 */
final class GainHeap {
    private final int[] heap;
    private final int[] position; // -1 when absent
    private final double[] key;
    private int size;

    GainHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int v) {
        return position[v] >= 0;
    }

    int top() {
        return heap[0];
    }

    double topKey() {
        return key[heap[0]];
    }

    void insert(int v, double k) {
        key[v] = k;
        heap[size] = v;
        position[v] = size;
        up(size++);
    }

    /** Sets the key of a vertex already in the heap. */
    void update(int v, double k) {
        double old = key[v];
        key[v] = k;
        int i = position[v];
        if (k > old) {
            up(i);
        } else {
            down(i);
        }
    }

    void remove(int v) {
        int i = position[v];
        position[v] = -1;
        size--;
        if (i == size) {
            return;
        }
        int last = heap[size];
        heap[i] = last;
        position[last] = i;
        up(i);
        down(position[last]);
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    private boolean above(int a, int b) {
        return key[a] > key[b] || key[a] == key[b] && a < b;
    }

    private void up(int i) {
        int v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!above(v, p)) {
                break;
            }
            heap[i] = p;
            position[p] = i;
            i = parent;
        }
        heap[i] = v;
        position[v] = i;
    }

    private void down(int i) {
        int v = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && above(heap[child + 1], heap[child])) {
                child++;
            }
            int c = heap[child];
            if (!above(c, v)) {
                break;
            }
            heap[i] = c;
            position[c] = i;
            i = child;
        }
        heap[i] = v;
        position[v] = i;
    }
}
