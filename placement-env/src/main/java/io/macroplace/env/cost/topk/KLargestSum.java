package io.macroplace.env.cost.topk;

/**
 * The sum of the k largest of n values under point updates, for a k fixed at construction, in
 * O(log n) per update with plain loops: the items are split into the k "top" items and the rest
 * (order: value descending, then index ascending), with three winner trees over item indices:
 * the weakest top item, the strongest other item, and the sum of the top items. An update
 * refreshes one leaf-to-root path per tree and swaps at most one pair across the split.
 *
 * <p>The trees have a fixed shape given by the indices and every inner sum is recomputed from its
 * two children, never adjusted by deltas, so {@link #sum()} is a function of the current values
 * alone: no drift, however long the history. No allocation after construction.
 */
public final class KLargestSum {
    private final int n;
    private final int k;
    private final int leaves;
    private final double[] value;
    private final boolean[] top;
    private final int[] weakestTop; // per tree node: index of the weakest top item below, or -1
    private final int[] strongestRest; // per tree node: index of the strongest other item below, or -1
    private final double[] topSum;
    // staging: dirty inner nodes of the current level, epoch-marked
    private final int[] dirty;
    private final int[] level;
    private final int[] nextLevel;
    private int levelSize;
    private int epoch = 1;
    // undo log since the last forget(): saved tree nodes and items, replayed backwards by rollback()
    private int[] logNode = new int[64];
    private int[] logWeakest = new int[64];
    private int[] logStrongest = new int[64];
    private double[] logSum = new double[64];
    private int logNodes;
    private int[] logItem = new int[64];
    private double[] logValue = new double[64];
    private boolean[] logTop = new boolean[64];
    private int logItems;
    // node log length when each item was logged, so the two logs replay interleaved
    private int[] logItemAt = new int[64];

    /** n items, all 0; the sum is over min(k, n) of them. */
    public KLargestSum(int n, int k) {
        if (n < 0 || k < 0) {
            throw new IllegalArgumentException("n and k must be non-negative: " + n + ", " + k);
        }
        this.n = n;
        this.k = Math.min(k, n);
        int l = 1;
        while (l < Math.max(1, n)) {
            l <<= 1;
        }
        this.leaves = l;
        value = new double[n];
        top = new boolean[n];
        weakestTop = new int[2 * l];
        strongestRest = new int[2 * l];
        topSum = new double[2 * l];
        dirty = new int[l];
        level = new int[l];
        nextLevel = new int[l];
        java.util.Arrays.fill(weakestTop, -1);
        java.util.Arrays.fill(strongestRest, -1);
        // all values 0: ties go to the lower index, so items 0..k-1 are the top
        for (int i = 0; i < n; i++) {
            top[i] = i < this.k;
            weakestTop[l + i] = top[i] ? i : -1;
            strongestRest[l + i] = top[i] ? -1 : i;
        }
        for (int node = l - 1; node >= 1; node--) {
            pull(node);
        }
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

    /** Sum of the k largest values. */
    public double sum() {
        return topSum[1];
    }

    /** Sets one value; nothing happens when it equals the current one. */
    public void set(int item, double v) {
        if (Double.doubleToLongBits(value[item]) == Double.doubleToLongBits(v)) {
            return;
        }
        saveItem(item);
        value[item] = v;
        refresh(item);
        rebalance();
    }

    /**
     * Sets a value without updating the trees yet: many staged values are then merged by one
     * {@link #apply()}, which recomputes each inner node on their paths once instead of once per item.
     */
    public void stage(int item, double v) {
        if (Double.doubleToLongBits(value[item]) == Double.doubleToLongBits(v)) {
            return;
        }
        saveItem(item);
        value[item] = v;
        int node = leaves + item;
        saveNode(node);
        boolean t = top[item];
        weakestTop[node] = t ? item : -1;
        strongestRest[node] = t ? -1 : item;
        topSum[node] = t ? value[item] : 0.0;
        int parent = node >> 1;
        if (parent >= 1 && dirty[parent] != epoch) {
            dirty[parent] = epoch;
            level[levelSize++] = parent;
        }
    }

    /** Brings the trees up to date after {@link #stage}; nothing to do when nothing was staged. */
    public void apply() {
        // level by level from the leaves' parents up: every dirty node once, children first
        int[] cur = level;
        int[] next = nextLevel;
        int size = levelSize;
        while (size > 0) {
            int nextSize = 0;
            for (int i = 0; i < size; i++) {
                int node = cur[i];
                saveNode(node);
                pull(node);
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
        if (++epoch == Integer.MAX_VALUE) {
            java.util.Arrays.fill(dirty, 0);
            epoch = 1;
        }
        rebalance();
    }

    /** Restores the split: the weakest top item must be stronger than the strongest other one. */
    private void rebalance() {
        while (true) {
            int a = weakestTop[1];
            int b = strongestRest[1];
            if (a < 0 || b < 0 || !stronger(b, a)) {
                return;
            }
            saveItem(a);
            saveItem(b);
            top[a] = false;
            top[b] = true;
            refresh(a);
            refresh(b);
        }
    }

    /** Sets all values. */
    public void setAll(double[] values) {
        for (int i = 0; i < n; i++) {
            set(i, values[i]);
        }
    }

    /** Drops the undo log: the current values become the ones {@link #rollback()} returns to. */
    public void forget() {
        logNodes = 0;
        logItems = 0;
    }

    /**
     * Undoes every change since the last {@link #forget()} (or construction), restoring the trees
     * bit for bit; cheaper than setting the old values again. Staged changes must be applied first.
     */
    public void rollback() {
        int ni = logNodes;
        for (int k = logItems - 1; k >= 0; k--) {
            int at = logItemAt[k];
            for (; ni > at; ni--) {
                restoreNode(ni - 1);
            }
            value[logItem[k]] = logValue[k];
            top[logItem[k]] = logTop[k];
        }
        for (; ni > 0; ni--) {
            restoreNode(ni - 1);
        }
        forget();
    }

    private void restoreNode(int k) {
        int node = logNode[k];
        weakestTop[node] = logWeakest[k];
        strongestRest[node] = logStrongest[k];
        topSum[node] = logSum[k];
    }

    private void saveNode(int node) {
        if (logNodes == logNode.length) {
            int cap = logNodes * 2;
            logNode = java.util.Arrays.copyOf(logNode, cap);
            logWeakest = java.util.Arrays.copyOf(logWeakest, cap);
            logStrongest = java.util.Arrays.copyOf(logStrongest, cap);
            logSum = java.util.Arrays.copyOf(logSum, cap);
        }
        logNode[logNodes] = node;
        logWeakest[logNodes] = weakestTop[node];
        logStrongest[logNodes] = strongestRest[node];
        logSum[logNodes] = topSum[node];
        logNodes++;
    }

    private void saveItem(int item) {
        if (logItems == logItem.length) {
            int cap = logItems * 2;
            logItem = java.util.Arrays.copyOf(logItem, cap);
            logValue = java.util.Arrays.copyOf(logValue, cap);
            logTop = java.util.Arrays.copyOf(logTop, cap);
            logItemAt = java.util.Arrays.copyOf(logItemAt, cap);
        }
        logItem[logItems] = item;
        logValue[logItems] = value[item];
        logTop[logItems] = top[item];
        logItemAt[logItems] = logNodes;
        logItems++;
    }

    private boolean stronger(int a, int b) {
        return value[a] > value[b] || (value[a] == value[b] && a < b);
    }

    private void refresh(int item) {
        int node = leaves + item;
        for (int n2 = node; n2 >= 1; n2 >>= 1) {
            saveNode(n2);
        }
        boolean t = top[item];
        weakestTop[node] = t ? item : -1;
        strongestRest[node] = t ? -1 : item;
        topSum[node] = t ? value[item] : 0.0;
        for (node >>= 1; node >= 1; node >>= 1) {
            pull(node);
        }
    }

    private void pull(int node) {
        int l = node << 1;
        int r = l + 1;
        int wl = weakestTop[l];
        int wr = weakestTop[r];
        weakestTop[node] = wl < 0 ? wr : wr < 0 ? wl : stronger(wl, wr) ? wr : wl;
        int sl = strongestRest[l];
        int sr = strongestRest[r];
        strongestRest[node] = sl < 0 ? sr : sr < 0 ? sl : stronger(sl, sr) ? sl : sr;
        topSum[node] = topSum[l] + topSum[r];
    }
}
