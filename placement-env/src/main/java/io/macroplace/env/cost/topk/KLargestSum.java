package io.macroplace.env.cost.topk;

import java.util.Arrays;

/**
 * The sum of the k largest of n values under point updates, for a k fixed at construction.
 *
 * <p>Items are ordered by value descending, then index ascending; the k first are the "top", so
 * the split is a function of the values alone. The top sits in a binary min-heap (its weakest
 * item first). The others are "near" or "far" of a floor, a point of that order: near items (at
 * or above the floor, k of them after a rebuild) sit in a max-heap, far items (below it) in no
 * structure at all, so that the many small values a placement move changes cost one array write
 * each. Every far item is below the floor: while the weakest top item is at or above it, the
 * strongest near item is the strongest of all others; when the top sinks below the floor, the
 * split is rebuilt in linear time (a selection, not a sort), which the margin of k items between
 * the top and the floor makes rare, as is a near heap grown past four times that margin; a
 * reset that changes most values is merged by a rebuild too ({@link #applyAll()}).
 *
 * <p>The sum comes from a fixed-shape tree over the items (an item outside the top counts 0), each
 * inner sum recomputed from its two children, so {@link #sum()} is a function of the current
 * values alone, bit for bit, whatever the history; only changes of top items touch it. Changes
 * are staged ({@link #stage}) and merged by {@link #apply()}. An undo log since the last
 * {@link #forget()} lets {@link #rollback()} return to it exactly: it logs items and heap slots,
 * not sums, since the sums above the restored items are recomputed to the same bits. No allocation after
 * construction beyond the undo log's growth to its high-water mark.
 */
public final class KLargestSum {
    static final byte TOP = 0;
    static final byte NEAR = 1;
    static final byte FAR = 2;

    private final int n;
    private final int k;
    /** Items between the top and the floor after a rebuild. */
    private final int margin;
    private final int leaves;
    private final double[] value;
    private final byte[] where;
    /** Position of an item in its heap (top or near). */
    private final int[] pos;
    /** Top items, weakest first (min-heap by strength). */
    private final int[] topHeap;
    /** Near items, strongest first (max-heap by strength). */
    private final int[] nearHeap;
    private int nearSize;
    /** The floor: value and index of a point of the order; far items are below it, near ones not. */
    private double floorValue;
    private int floorIndex;
    /** Fixed-shape sums: leaf {@code leaves + i} is value[i] for a top item, else 0. */
    private final double[] sumTree;
    // dirty sum-tree nodes of the current level, epoch-marked
    private final int[] dirty;
    private final int[] level;
    private final int[] nextLevel;
    private int levelSize;
    private int epoch = 1;
    private final int[] order; // rebuild scratch
    private final UndoLog log = new UndoLog();
    private boolean rebuiltSinceForget;
    private long rebuilds;

    /** n items, all 0; the sum is over min(k, n) of them. */
    public KLargestSum(int n, int k) {
        if (n < 0 || k < 0) {
            throw new IllegalArgumentException("n and k must be non-negative: " + n + ", " + k);
        }
        this.n = n;
        this.k = Math.min(k, n);
        this.margin = Math.max(this.k, 16);
        int l = 1;
        while (l < Math.max(1, n)) {
            l <<= 1;
        }
        this.leaves = l;
        value = new double[n];
        where = new byte[n];
        pos = new int[n];
        topHeap = new int[Math.max(1, this.k)];
        nearHeap = new int[Math.max(1, n - this.k)];
        sumTree = new double[2 * l];
        dirty = new int[l];
        level = new int[l];
        nextLevel = new int[l];
        order = new int[n];
        rebuild();
        forget();
    }

    public int size() {
        return n;
    }

    public int k() {
        return k;
    }

    public double get(int item) {
        return value[item];
    }

    /** How many times the split was rebuilt from scratch (tests). */
    long rebuilds() {
        return rebuilds;
    }

    /** Sum of the k largest values. */
    public double sum() {
        return sumTree[1];
    }

    /** Sets one value and brings the sum up to date. */
    public void set(int item, double v) {
        stage(item, v);
        apply();
    }

    /** Sets all values. */
    public void setAll(double[] values) {
        for (int i = 0; i < n; i++) {
            stage(i, values[i]);
        }
        applyAll();
    }

    /**
     * Like {@link #apply()} after most values were staged (a reset): splits from scratch in linear
     * time instead of merging the changes one by one.
     */
    public void applyAll() {
        rebuild();
    }

    /**
     * Sets a value; {@link #sum()} follows at the next {@link #apply()}, which handles a batch of
     * staged values at once. Nothing happens when the value equals the current one.
     */
    public void stage(int item, double v) {
        double old = value[item];
        if (Double.doubleToLongBits(old) == Double.doubleToLongBits(v)) {
            return;
        }
        byte w = where[item];
        log.item(item, old, w);
        value[item] = v;
        boolean up = v > old; // stronger than before (the index does not change)
        if (w == TOP) {
            if (up) {
                siftDownTop(pos[item], item);
            } else {
                siftUpTop(pos[item], item);
            }
            markLeaf(item);
        } else if (w == NEAR) {
            if (!atLeastFloor(item, v)) {
                removeNear(item);
                where[item] = FAR;
            } else if (up) {
                siftUpNear(pos[item], item);
            } else {
                siftDownNear(pos[item], item);
            }
        } else if (atLeastFloor(item, v)) {
            where[item] = NEAR;
            addNear(item);
        }
    }

    /** Restores the split and brings the sum up to date after {@link #stage}. */
    public void apply() {
        if (nearSize > 4 * margin) {
            rebuild(); // many items rose past the floor: place it again
            return;
        }
        while (k > 0 && k < n) {
            int weakest = topHeap[0];
            if (nearSize > 0 && stronger(nearHeap[0], weakest)) {
                // the strongest near item beats the weakest top item: exchange them
                int in = nearHeap[0];
                log.item(in, value[in], NEAR);
                log.item(weakest, value[weakest], TOP);
                where[in] = TOP;
                siftDownTop(0, in); // takes the root slot and sinks
                if (atLeastFloor(weakest, value[weakest])) {
                    where[weakest] = NEAR;
                    placeNear(0, weakest);
                    siftDownNear(0, weakest);
                } else {
                    where[weakest] = FAR;
                    removeRoot();
                }
                markLeaf(in);
                markLeaf(weakest);
            } else if (!atLeastFloor(weakest, value[weakest])) {
                // near items are at or above the floor, so there are none left, and a far item
                // may beat the top: split again from scratch
                rebuild();
                return;
            } else {
                break;
            }
        }
        updateSums();
    }

    /** The sum tree, level by level from the dirty leaves' parents up: every dirty node once. */
    private void updateSums() {
        int[] cur = level;
        int[] next = nextLevel;
        int size = levelSize;
        while (size > 0) {
            int nextSize = 0;
            for (int i = 0; i < size; i++) {
                int node = cur[i];
                sumTree[node] = sumTree[node << 1] + sumTree[(node << 1) + 1];
                int parent = node >> 1;
                if (parent >= 1 && dirty[parent] != epoch) {
                    dirty[parent] = epoch;
                    next[nextSize++] = parent;
                }
            }
            int[] t = cur;
            cur = next;
            next = t;
            size = nextSize;
        }
        levelSize = 0;
        nextEpoch();
    }

    private void nextEpoch() {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(dirty, 0);
            epoch = 1;
        }
    }

    /** At or above the floor in the order (value descending, index ascending). */
    private boolean atLeastFloor(int item, double v) {
        return v > floorValue || (v == floorValue && item <= floorIndex);
    }

    /**
     * Splits the items from scratch: the k strongest are the top, the floor is the (2k)-th
     * strongest (a margin of k items, at least 16), near are the other items at or above it.
     * Linear time: selections on a scratch order, heaps built bottom-up, sums recomputed.
     */
    private void rebuild() {
        rebuilds++;
        rebuiltSinceForget = true;
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int nearEnd = Math.min(n, k + margin);
        if (k < n) {
            select(0, n - 1, k); // order[0..k) are the k strongest
        }
        if (nearEnd < n && nearEnd > k) {
            select(k, n - 1, nearEnd - 1); // order[nearEnd - 1] is the nearEnd-th strongest
        }
        if (k == 0 || k == n) {
            floorValue = Double.POSITIVE_INFINITY; // nothing near: all in the top, or no top at all
            floorIndex = -1;
        } else {
            floorValue = value[order[nearEnd - 1]]; // weaker than every top item
            floorIndex = order[nearEnd - 1];
        }
        for (int i = 0; i < k; i++) {
            int item = order[i];
            where[item] = TOP;
            topHeap[i] = item;
            pos[item] = i;
        }
        nearSize = 0;
        for (int i = k; i < n; i++) {
            int item = order[i];
            if (atLeastFloor(item, value[item])) {
                where[item] = NEAR;
                nearHeap[nearSize] = item;
                pos[item] = nearSize++;
            } else {
                where[item] = FAR;
            }
        }
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDownTopQuiet(i);
        }
        for (int i = nearSize / 2 - 1; i >= 0; i--) {
            siftDownNearQuiet(i);
        }
        Arrays.fill(sumTree, 0.0);
        for (int i = 0; i < n; i++) {
            sumTree[leaves + i] = where[i] == TOP ? value[i] : 0.0;
        }
        for (int node = leaves - 1; node >= 1; node--) {
            sumTree[node] = sumTree[node << 1] + sumTree[(node << 1) + 1];
        }
        levelSize = 0;
        nextEpoch();
    }

    /** Quickselect on order[lo..hi] by strength: afterwards order[0..rank) are stronger than order[rank..]. */
    private void select(int lo, int hi, int rank) {
        while (lo < hi) {
            int pivot = order[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (stronger(order[i], pivot)) {
                    i++;
                }
                while (stronger(pivot, order[j])) {
                    j--;
                }
                if (i <= j) {
                    int t = order[i];
                    order[i] = order[j];
                    order[j] = t;
                    i++;
                    j--;
                }
            }
            if (rank <= j) {
                hi = j;
            } else if (rank >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /** Drops the undo log: the current values become the ones {@link #rollback()} returns to. */
    public void forget() {
        log.clear();
        rebuiltSinceForget = false;
    }

    /**
     * Undoes every change since the last {@link #forget()} (or construction), restoring values,
     * split and sums bit for bit. Staged changes must be applied first.
     */
    public void rollback() {
        if (rebuiltSinceForget) {
            log.replayValues(this);
            rebuild();
        } else {
            log.replay(this);
            updateSums(); // above the restored items' leaves
        }
        forget();
    }

    // ---- undo targets (called by the log, newest entry first) ----

    void restoreItem(int item, double v, byte w) {
        boolean wasTop = where[item] == TOP;
        value[item] = v;
        where[item] = w;
        if (wasTop || w == TOP) {
            markLeaf(item); // only a top item's leaf is not 0: the others leave the sums alone
        }
    }

    void restoreValue(int item, double v) {
        value[item] = v;
    }

    void restoreSlot(boolean top, int slot, int item) {
        (top ? topHeap : nearHeap)[slot] = item;
        pos[item] = slot;
    }

    void restoreNearSize(int size) {
        nearSize = size;
    }

    // ---- heaps ----

    private boolean stronger(int a, int b) {
        double va = value[a];
        double vb = value[b];
        return va > vb || (va == vb && a < b);
    }

    private void markLeaf(int item) {
        int leaf = leaves + item;
        sumTree[leaf] = where[item] == TOP ? value[item] : 0.0;
        int parent = leaf >> 1;
        if (parent >= 1 && dirty[parent] != epoch) {
            dirty[parent] = epoch;
            level[levelSize++] = parent;
        }
    }

    private void placeTop(int slot, int item) {
        log.slot(true, slot, topHeap[slot]);
        topHeap[slot] = item;
        pos[item] = slot;
    }

    private void placeNear(int slot, int item) {
        log.slot(false, slot, nearHeap[slot]);
        nearHeap[slot] = item;
        pos[item] = slot;
    }

    private void addNear(int item) {
        log.nearSize(nearSize);
        int slot = nearSize++;
        // the slot was past the end: what it held is nobody's, so the write needs no undo
        nearHeap[slot] = item;
        pos[item] = slot;
        siftUpNear(slot, item);
    }

    /** Removes the near heap's root item (it has left for the top already). */
    private void removeRoot() {
        removeAt(0);
    }

    private void removeNear(int item) {
        removeAt(pos[item]);
    }

    private void removeAt(int hole) {
        log.nearSize(nearSize);
        int end = --nearSize;
        int last = nearHeap[end];
        log.slot(false, end, last); // the vacated slot: undo puts last back there
        if (hole != end) {
            // the last item fills the hole, then moves whichever way the heap order asks
            placeNear(hole, last);
            if (hole > 0 && stronger(last, nearHeap[(hole - 1) >> 1])) {
                siftUpNear(hole, last);
            } else {
                siftDownNear(hole, last);
            }
        }
    }

    /** Top heap: the weakest at the root; an item that got weaker moves up. */
    private void siftUpTop(int slot, int item) {
        while (slot > 0) {
            int parent = (slot - 1) >> 1;
            int p = topHeap[parent];
            if (!stronger(p, item)) {
                break;
            }
            placeTop(slot, p);
            slot = parent;
        }
        if (topHeap[slot] != item) {
            placeTop(slot, item);
        }
    }

    private void siftDownTop(int slot, int item) {
        while (true) {
            int child = 2 * slot + 1;
            if (child >= k) {
                break;
            }
            int c = topHeap[child];
            if (child + 1 < k && stronger(c, topHeap[child + 1])) {
                child++;
                c = topHeap[child];
            }
            if (!stronger(item, c)) {
                break;
            }
            placeTop(slot, c);
            slot = child;
        }
        if (topHeap[slot] != item) {
            placeTop(slot, item);
        }
    }

    /** Near heap: the strongest at the root; an item that got stronger moves up. */
    private void siftUpNear(int slot, int item) {
        while (slot > 0) {
            int parent = (slot - 1) >> 1;
            int p = nearHeap[parent];
            if (!stronger(item, p)) {
                break;
            }
            placeNear(slot, p);
            slot = parent;
        }
        if (nearHeap[slot] != item) {
            placeNear(slot, item);
        }
    }

    private void siftDownNear(int slot, int item) {
        while (true) {
            int child = 2 * slot + 1;
            if (child >= nearSize) {
                break;
            }
            int c = nearHeap[child];
            if (child + 1 < nearSize && stronger(nearHeap[child + 1], c)) {
                child++;
                c = nearHeap[child];
            }
            if (!stronger(c, item)) {
                break;
            }
            placeNear(slot, c);
            slot = child;
        }
        if (nearHeap[slot] != item) {
            placeNear(slot, item);
        }
    }

    // heap construction in rebuild: no logging (a rollback across a rebuild rebuilds again)

    private void siftDownTopQuiet(int slot) {
        int item = topHeap[slot];
        while (true) {
            int child = 2 * slot + 1;
            if (child >= k) {
                break;
            }
            if (child + 1 < k && stronger(topHeap[child], topHeap[child + 1])) {
                child++;
            }
            int c = topHeap[child];
            if (!stronger(item, c)) {
                break;
            }
            topHeap[slot] = c;
            pos[c] = slot;
            slot = child;
        }
        topHeap[slot] = item;
        pos[item] = slot;
    }

    private void siftDownNearQuiet(int slot) {
        int item = nearHeap[slot];
        while (true) {
            int child = 2 * slot + 1;
            if (child >= nearSize) {
                break;
            }
            if (child + 1 < nearSize && stronger(nearHeap[child + 1], nearHeap[child])) {
                child++;
            }
            int c = nearHeap[child];
            if (!stronger(c, item)) {
                break;
            }
            nearHeap[slot] = c;
            pos[c] = slot;
            slot = child;
        }
        nearHeap[slot] = item;
        pos[item] = slot;
    }
}
