package io.macroplace.env.cost.topk;

import java.util.Arrays;

/**
 * The undo log of a {@link KLargestSum}: item values and places, heap slots and the near heap's
 * size as they were before each write, in one sequence replayed newest first.
 * Parallel primitive arrays that grow to their high-water mark and are then reused.
 */
final class UndoLog {
    private static final byte ITEM = 0;
    private static final byte TOP_SLOT = 1;
    private static final byte NEAR_SLOT = 2;
    private static final byte NEAR_SIZE = 3;

    private byte[] kind = new byte[256];
    private int[] index = new int[256];
    private int[] other = new int[256];
    private double[] number = new double[256];
    private int size;

    void clear() {
        size = 0;
    }

    void item(int item, double v, byte where) {
        int i = next();
        kind[i] = ITEM;
        index[i] = item;
        other[i] = where;
        number[i] = v;
    }

    void slot(boolean top, int slot, int item) {
        int i = next();
        kind[i] = top ? TOP_SLOT : NEAR_SLOT;
        index[i] = slot;
        other[i] = item;
    }

    void nearSize(int nearSize) {
        int i = next();
        kind[i] = NEAR_SIZE;
        index[i] = nearSize;
    }

    /** Writes every logged value back, newest first. */
    void replay(KLargestSum target) {
        for (int i = size - 1; i >= 0; i--) {
            switch (kind[i]) {
                case ITEM -> target.restoreItem(index[i], number[i], (byte) other[i]);
                case TOP_SLOT -> target.restoreSlot(true, index[i], other[i]);
                case NEAR_SLOT -> target.restoreSlot(false, index[i], other[i]);
                default -> target.restoreNearSize(index[i]);
            }
        }
    }

    /** Writes back the item values only, newest first (the rest is then rebuilt from them). */
    void replayValues(KLargestSum target) {
        for (int i = size - 1; i >= 0; i--) {
            if (kind[i] == ITEM) {
                target.restoreValue(index[i], number[i]);
            }
        }
    }

    private int next() {
        if (size == kind.length) {
            int cap = size * 2;
            kind = Arrays.copyOf(kind, cap);
            index = Arrays.copyOf(index, cap);
            other = Arrays.copyOf(other, cap);
            number = Arrays.copyOf(number, cap);
        }
        return size++;
    }
}
