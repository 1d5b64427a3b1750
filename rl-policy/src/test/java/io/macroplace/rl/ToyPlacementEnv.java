package io.macroplace.rl;

import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.MacroGraph;
import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.Step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A small macro-placement MDP for tests: rectangular macros (in cells) placed largest first on a
 * grid, fixed ports, multi-pin nets. Legal = inside the grid and no overlap. Reward 0 per step and
 * -cost at the end, cost = HPWL / (nets * (rows + columns)). Its grid is the action grid; it can
 * declare an action grid factor (its cost grid is then coarser), which only policies look at.
 */
public final class ToyPlacementEnv implements MacroPlacementEnv {
    private final int cols;
    private final int rows;
    private final int[] w;
    private final int[] h;
    private final double[] portX;
    private final double[] portY;
    private final int[][] nets;
    private final int[][] netsOfNode;
    private final MacroGraph graph;

    private final boolean[] occupied;
    private final double[] x;
    private final double[] y;
    private final boolean[] placed;
    private final int[] cells;
    private int step;
    private int factor = 1;

    public ToyPlacementEnv(int cols, int rows, int[] w, int[] h, double[] portX, double[] portY, int[][] nets) {
        this.cols = cols;
        this.rows = rows;
        this.w = w;
        this.h = h;
        this.portX = portX;
        this.portY = portY;
        this.nets = nets;
        int m = w.length;
        int n = m + portX.length;
        List<List<Integer>> byNode = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byNode.add(new ArrayList<>());
        }
        List<int[]> edges = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (int k = 0; k < nets.length; k++) {
            for (int a : nets[k]) {
                byNode.get(a).add(k);
                for (int b : nets[k]) {
                    if (a != b) {
                        edges.add(new int[]{a, b});
                        weights.add(1f / (nets[k].length - 1));
                    }
                }
            }
        }
        netsOfNode = byNode.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        float[] feat = new float[n * 4];
        for (int i = 0; i < n; i++) {
            boolean macro = i < m;
            feat[i * 4] = macro ? 1 : 0;
            feat[i * 4 + 1] = macro ? 0 : 1;
            feat[i * 4 + 2] = macro ? (float) w[i] / cols : 0;
            feat[i * 4 + 3] = macro ? (float) h[i] / rows : 0;
        }
        int[] src = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] dst = edges.stream().mapToInt(e -> e[1]).toArray();
        float[] ew = new float[weights.size()];
        for (int i = 0; i < ew.length; i++) {
            ew[i] = weights.get(i);
        }
        int[] order = new int[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        graph = new MacroGraph(n, 4, feat, src, dst, ew, order);
        occupied = new boolean[cols * rows];
        x = new double[n];
        y = new double[n];
        placed = new boolean[n];
        cells = new int[m];
    }

    /** A random design: macros sorted largest first, ports on the border, 2-3 pin nets. */
    public static ToyPlacementEnv random(long seed, int cols, int rows, int macros, int ports, int netCount) {
        Random r = new Random(seed);
        int[] w = new int[macros];
        int[] h = new int[macros];
        for (int i = 0; i < macros; i++) {
            w[i] = 1 + r.nextInt(2);
            h[i] = 1 + r.nextInt(2);
        }
        Integer[] idx = new Integer[macros];
        for (int i = 0; i < macros; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Integer.compare(w[b] * h[b], w[a] * h[a]));
        int[] ws = new int[macros];
        int[] hs = new int[macros];
        for (int i = 0; i < macros; i++) {
            ws[i] = w[idx[i]];
            hs[i] = h[idx[i]];
        }
        double[] px = new double[ports];
        double[] py = new double[ports];
        for (int p = 0; p < ports; p++) {
            boolean vertical = r.nextBoolean();
            px[p] = vertical ? (r.nextBoolean() ? 0 : cols) : r.nextDouble() * cols;
            py[p] = vertical ? r.nextDouble() * rows : (r.nextBoolean() ? 0 : rows);
        }
        int[][] nets = new int[netCount][];
        for (int k = 0; k < netCount; k++) {
            int pins = 2 + r.nextInt(2);
            int[] net = new int[pins];
            // every net has a macro; nets cycle through the macros so that each one is connected
            net[0] = k % macros;
            for (int j = 1; j < pins; j++) {
                int v;
                do {
                    v = r.nextInt(macros + ports);
                } while (contains(net, j, v));
                net[j] = v;
            }
            nets[k] = net;
        }
        return new ToyPlacementEnv(cols, rows, ws, hs, px, py, nets);
    }

    private static boolean contains(int[] a, int len, int v) {
        for (int i = 0; i < len; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Declares the grid an action grid of this factor over a cost grid (columns and rows divisible by it). */
    public ToyPlacementEnv declareActionGridFactor(int f) {
        if (cols % f != 0 || rows % f != 0) {
            throw new IllegalArgumentException(cols + " x " + rows + " is no action grid of factor " + f);
        }
        this.factor = f;
        return this;
    }

    @Override
    public int actionGridFactor() {
        return factor;
    }

    @Override
    public int columns() {
        return cols;
    }

    @Override
    public int rows() {
        return rows;
    }

    @Override
    public int episodeLength() {
        return w.length;
    }

    @Override
    public MacroGraph graph() {
        return graph;
    }

    @Override
    public Observation reset(long seed) {
        Arrays.fill(occupied, false);
        Arrays.fill(placed, false);
        Arrays.fill(x, 0);
        Arrays.fill(y, 0);
        int m = w.length;
        for (int p = 0; p < portX.length; p++) {
            placed[m + p] = true;
            x[m + p] = portX[p];
            y[m + p] = portY[p];
        }
        step = 0;
        return observe();
    }

    @Override
    public Step step(int cell) {
        if (step >= w.length) {
            throw new IllegalStateException("episode is over");
        }
        if (!legal(step, cell)) {
            throw new IllegalArgumentException("illegal cell " + cell);
        }
        int m = step;
        int c0 = cell % cols - w[m] / 2;
        int r0 = cell / cols - h[m] / 2;
        for (int r = r0; r < r0 + h[m]; r++) {
            for (int c = c0; c < c0 + w[m]; c++) {
                occupied[r * cols + c] = true;
            }
        }
        x[m] = c0 + w[m] / 2.0;
        y[m] = r0 + h[m] / 2.0;
        placed[m] = true;
        cells[m] = cell;
        step++;
        if (step < w.length) {
            return new Step(observe(), 0, false, null);
        }
        double hpwl = hpwl();
        double cost = hpwl / (nets.length * (double) (rows + cols));
        double[] mx = Arrays.copyOf(x, w.length);
        double[] my = Arrays.copyOf(y, w.length);
        return new Step(null, -cost, true,
                new EpisodeResult(cost, cost, 0, 0, hpwl, cells.clone(), mx, my));
    }

    public double hpwl() {
        double sum = 0;
        for (int k = 0; k < nets.length; k++) {
            sum += netHpwl(k, -1, 0, 0);
        }
        return sum;
    }

    /** HPWL of net k over placed pins, with node `extra` (if >= 0) counted at (ex, ey). */
    private double netHpwl(int k, int extra, double ex, double ey) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int pins = 0;
        for (int v : nets[k]) {
            double vx, vy;
            if (v == extra) {
                vx = ex;
                vy = ey;
            } else if (placed[v]) {
                vx = x[v];
                vy = y[v];
            } else {
                continue;
            }
            minX = Math.min(minX, vx);
            maxX = Math.max(maxX, vx);
            minY = Math.min(minY, vy);
            maxY = Math.max(maxY, vy);
            pins++;
        }
        return pins < 2 ? 0 : (maxX - minX) + (maxY - minY);
    }

    public boolean legal(int m, int cell) {
        int c0 = cell % cols - w[m] / 2;
        int r0 = cell / cols - h[m] / 2;
        if (c0 < 0 || r0 < 0 || c0 + w[m] > cols || r0 + h[m] > rows) {
            return false;
        }
        for (int r = r0; r < r0 + h[m]; r++) {
            for (int c = c0; c < c0 + w[m]; c++) {
                if (occupied[r * cols + c]) {
                    return false;
                }
            }
        }
        return true;
    }

    private Observation observe() {
        int n = graph.nodeCount();
        int cellCount = rows * cols;
        int m = step;
        float[] occ = new float[cellCount];
        float[] pos = new float[cellCount];
        boolean[] legal = new boolean[cellCount];
        double[] delta = new double[cellCount];
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (int c = 0; c < cellCount; c++) {
            occ[c] = occupied[c] ? 1 : 0;
            legal[c] = legal(m, c);
            if (!legal[c]) {
                continue;
            }
            pos[c] = 1;
            double cx = c % cols - w[m] / 2 + w[m] / 2.0;
            double cy = c / cols - h[m] / 2 + h[m] / 2.0;
            double d = 0;
            for (int k : netsOfNode[m]) {
                d += netHpwl(k, m, cx, cy) - netHpwl(k, -1, 0, 0);
            }
            delta[c] = d;
            lo = Math.min(lo, d);
            hi = Math.max(hi, d);
        }
        float[] wire = new float[cellCount];
        for (int c = 0; c < cellCount; c++) {
            wire[c] = !legal[c] ? 1 : hi > lo ? (float) ((delta[c] - lo) / (hi - lo)) : 0;
        }
        float[] placedF = new float[n];
        float[] nx = new float[n];
        float[] ny = new float[n];
        for (int v = 0; v < n; v++) {
            placedF[v] = placed[v] ? 1 : 0;
            nx[v] = placed[v] ? (float) (x[v] / cols) : 0;
            ny[v] = placed[v] ? (float) (y[v] / rows) : 0;
        }
        float[] cur = {(float) w[m] / cols, (float) h[m] / rows};
        float[] next = m + 1 < w.length ? new float[]{(float) w[m + 1] / cols, (float) h[m + 1] / rows} : new float[2];
        return new Observation(m, m, occ, wire, pos, legal, cur, next, placedF, nx, ny);
    }
}
