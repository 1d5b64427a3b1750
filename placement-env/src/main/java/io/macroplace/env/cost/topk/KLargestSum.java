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
        value[item] = v;
        refresh(item);
        // restore the split: the weakest top item must be stronger than the strongest other one
        while (true) {
            int a = weakestTop[1];
            int b = strongestRest[1];
            if (a < 0 || b < 0 || !stronger(b, a)) {
                return;
            }
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

    private boolean stronger(int a, int b) {
        return value[a] > value[b] || (value[a] == value[b] && a < b);
    }

    private void refresh(int item) {
        int node = leaves + item;
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
