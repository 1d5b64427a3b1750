package io.macroplace.env.cost.topk;

/**
 * Keeps n values under point updates and answers "sum of the k largest" in O(log n), without
 * sorting: a treap ordered by (value descending, index ascending) with subtree sizes and sums.
 * Priorities are fixed per index, so the tree's shape, and with it every subtree sum, is a
 * function of the current values alone: sums never drift with the history of updates (each
 * node's sum is recomputed from its children, never adjusted by deltas). Preallocated, no
 * allocation after construction.
 */
public final class TopKSum {
    private static final int NIL = 0;

    private final int n;
    private final double[] value; // node i+1 holds item i
    private final int[] prio;
    private final int[] left;
    private final int[] right;
    private final int[] size;
    private final double[] sum;
    private int root = NIL;

    /** n items, all 0. */
    public TopKSum(int n) {
        this.n = n;
        value = new double[n + 1];
        prio = new int[n + 1];
        left = new int[n + 1];
        right = new int[n + 1];
        size = new int[n + 1];
        sum = new double[n + 1];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 1; i <= n; i++) {
            s += 0x9E3779B97F4A7C15L;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            prio[i] = (int) (z ^ (z >>> 31));
        }
        for (int i = 1; i <= n; i++) {
            root = insert(root, i);
        }
    }

    public int size() {
        return n;
    }

    public double get(int item) {
        return value[item + 1];
    }

    /** Sets all values (O(n log n)). */
    public void setAll(double[] values) {
        for (int i = 0; i < n; i++) {
            set(i, values[i]);
        }
    }

    /** Sets one value; nothing happens when it is equal to the current one. */
    public void set(int item, double v) {
        int node = item + 1;
        if (Double.doubleToLongBits(value[node]) == Double.doubleToLongBits(v)) {
            return;
        }
        root = remove(root, node);
        value[node] = v;
        left[node] = NIL;
        right[node] = NIL;
        root = insert(root, node);
    }

    /** Sum of the min(k, n) largest values. */
    public double sumLargest(int k) {
        double acc = 0;
        int t = root;
        while (t != NIL && k > 0) {
            int l = left[t];
            if (size[l] >= k) {
                t = l;
            } else {
                acc += sum[l] + value[t];
                k -= size[l] + 1;
                t = right[t];
            }
        }
        return acc;
    }

    /** The largest value (0 items: NaN). */
    public double max() {
        if (root == NIL) {
            return Double.NaN;
        }
        int t = root;
        while (left[t] != NIL) {
            t = left[t];
        }
        return value[t];
    }

    private boolean before(int a, int b) {
        return value[a] > value[b] || (value[a] == value[b] && a < b);
    }

    /** Heap order on (priority, index): ties broken so that the shape stays unique. */
    private boolean higher(int a, int b) {
        return prio[a] > prio[b] || (prio[a] == prio[b] && a < b);
    }

    private void pull(int t) {
        size[t] = size[left[t]] + 1 + size[right[t]];
        sum[t] = sum[left[t]] + value[t] + sum[right[t]];
    }

    private int insert(int t, int node) {
        if (t == NIL) {
            pull(node);
            return node;
        }
        if (before(node, t)) {
            left[t] = insert(left[t], node);
            if (higher(left[t], t)) {
                return rotateRight(t);
            }
        } else {
            right[t] = insert(right[t], node);
            if (higher(right[t], t)) {
                return rotateLeft(t);
            }
        }
        pull(t);
        return t;
    }

    private int remove(int t, int node) {
        if (t == node) {
            return merge(left[t], right[t]);
        }
        if (before(node, t)) {
            left[t] = remove(left[t], node);
        } else {
            right[t] = remove(right[t], node);
        }
        pull(t);
        return t;
    }

    private int merge(int a, int b) {
        if (a == NIL) {
            return b;
        }
        if (b == NIL) {
            return a;
        }
        if (higher(a, b)) {
            right[a] = merge(right[a], b);
            pull(a);
            return a;
        }
        left[b] = merge(a, left[b]);
        pull(b);
        return b;
    }

    private int rotateRight(int t) {
        int l = left[t];
        left[t] = right[l];
        right[l] = t;
        pull(t);
        pull(l);
        return l;
    }

    private int rotateLeft(int t) {
        int r = right[t];
        right[t] = left[r];
        left[r] = t;
        pull(t);
        pull(r);
        return r;
    }
}
