package io.macroplace.env.cost;

/** A set of small ints (grid cells) with epoch-stamped marks: clearing costs nothing. */
final class TouchSet {
    private final int[] mark;
    private final int[] items;
    private int size;
    private int epoch = 1;

    TouchSet(int capacity) {
        mark = new int[capacity];
        items = new int[capacity];
    }

    void clear() {
        size = 0;
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(mark, 0);
            epoch = 1;
        }
    }

    /** Adds i; true if it was not there yet. */
    boolean add(int i) {
        if (mark[i] == epoch) {
            return false;
        }
        mark[i] = epoch;
        items[size++] = i;
        return true;
    }

    boolean contains(int i) {
        return mark[i] == epoch;
    }

    int size() {
        return size;
    }

    int get(int k) {
        return items[k];
    }
}
