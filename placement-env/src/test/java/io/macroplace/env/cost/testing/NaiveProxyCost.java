package io.macroplace.env.cost.testing;

import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.PinMode;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Orientation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deliberately plain implementation of PROXY_COST.md, written straight from the text with
 * objects, sets, lists and sorts, and every cell tested against every macro: the reference the
 * fast kernels and the incremental terms are compared with. Slow; small designs only.
 */
public final class NaiveProxyCost {
    private final Netlist n;
    private final CostSettings s;
    private final double gw;
    private final double gh;

    public NaiveProxyCost(Netlist netlist, CostSettings settings) {
        this.n = netlist;
        this.s = settings;
        this.gw = settings.canvasWidth() / settings.columns();
        this.gh = settings.canvasHeight() / settings.rows();
    }

    public CostBreakdown evaluate(PlacementState st) {
        double hpwl = hpwl(st);
        double netCount = 0;
        for (int net = 0; net < n.netCount(); net++) {
            netCount += n.netWeight(net);
        }
        double wl = netCount == 0 ? 0 : hpwl / ((s.canvasWidth() + s.canvasHeight()) * netCount);
        return CostBreakdown.of(hpwl, wl, density(st), congestion(st), s);
    }

    // ---- pins ----

    private boolean turned(int macro, PlacementState st) {
        return s.pinMode() == PinMode.ORIENTED && st.orientation(macro).swapsSides();
    }

    public double[] pin(int node, PlacementState st) {
        NodeKind k = n.kind(node);
        if (k == NodeKind.SOFT_MACRO_PIN) {
            int m = n.pinMacro(node);
            return new double[] {st.x(m), st.y(m)};
        }
        if (k == NodeKind.HARD_MACRO_PIN) {
            int m = n.pinMacro(node);
            Orientation netlistO = n.orientation(m);
            double dx = netlistO.rotateX(n.pinOffsetX(node), n.pinOffsetY(node));
            double dy = netlistO.rotateY(n.pinOffsetX(node), n.pinOffsetY(node));
            if (s.pinMode() == PinMode.ORIENTED) {
                Orientation o = st.orientation(m);
                double rx = o.rotateX(dx, dy);
                double ry = o.rotateY(dx, dy);
                dx = rx;
                dy = ry;
            }
            return new double[] {st.x(m) + dx, st.y(m) + dy};
        }
        return new double[] {st.x(node), st.y(node)};
    }

    public double hpwl(PlacementState st) {
        double total = 0;
        for (int net = 0; net < n.netCount(); net++) {
            List<double[]> ps = new ArrayList<>();
            for (int p = n.netStart(net); p < n.netEnd(net); p++) {
                ps.add(pin(n.netPin(p), st));
            }
            double minX = ps.stream().mapToDouble(a -> a[0]).min().orElseThrow();
            double maxX = ps.stream().mapToDouble(a -> a[0]).max().orElseThrow();
            double minY = ps.stream().mapToDouble(a -> a[1]).min().orElseThrow();
            double maxY = ps.stream().mapToDouble(a -> a[1]).max().orElseThrow();
            total += n.netWeight(net) * ((maxX - minX) + (maxY - minY));
        }
        return total;
    }

    // ---- density ----

    private double[] rect(int m, PlacementState st) {
        double w = turned(m, st) ? n.height(m) : n.width(m);
        double h = turned(m, st) ? n.width(m) : n.height(m);
        return new double[] {st.x(m) - w / 2, st.y(m) - h / 2, st.x(m) + w / 2, st.y(m) + h / 2};
    }

    public double[] densities(PlacementState st) {
        int cols = s.columns();
        int rows = s.rows();
        double[] d = new double[cols * rows];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                double sum = 0;
                for (int m = 0; m < n.nodeCount(); m++) {
                    if (!n.kind(m).isMacro()) {
                        continue;
                    }
                    double[] r = rect(m, st);
                    double ox = Math.min(r[2], (col + 1) * gw) - Math.max(r[0], col * gw);
                    double oy = Math.min(r[3], (row + 1) * gh) - Math.max(r[1], row * gh);
                    sum += Math.max(0, ox) * Math.max(0, oy);
                }
                d[row * cols + col] = sum / (gw * gh);
            }
        }
        return d;
    }

    public double density(PlacementState st) {
        double[] d = densities(st);
        List<Double> nonZero = new ArrayList<>();
        for (double v : d) {
            if (v != 0) {
                nonZero.add(v);
            }
        }
        nonZero.sort(Comparator.reverseOrder());
        int cells = d.length;
        if (cells < 10) {
            return nonZero.isEmpty() ? 0 : 0.5 * nonZero.stream().mapToDouble(Double::doubleValue).sum() / nonZero.size();
        }
        int k = (int) Math.floor(0.1 * cells);
        double sum = 0;
        for (int i = 0; i < Math.min(k, nonZero.size()); i++) {
            sum += nonZero.get(i);
        }
        return 0.5 * sum / k;
    }

    // ---- congestion ----

    private int col(double x) {
        return Math.max(0, Math.min(s.columns() - 1, (int) Math.floor(x / gw)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(s.rows() - 1, (int) Math.floor(y / gh)));
    }

    /** Normalised, smoothed net demand plus blockage: [0] = V, [1] = H. */
    public double[][] demand(PlacementState st) {
        int cols = s.columns();
        int cells = cols * s.rows();
        double[] v = new double[cells];
        double[] h = new double[cells];
        for (int net = 0; net < n.netCount(); net++) {
            int driver = n.netDriver(net);
            double w = n.kind(driver).isPin() && n.weight(driver) > 1 ? n.weight(driver) : 1;
            Set<List<Integer>> set = new LinkedHashSet<>(); // (col, row)
            for (int p = n.netStart(net); p < n.netEnd(net); p++) {
                double[] xy = pin(n.netPin(p), st);
                set.add(List.of(col(xy[0]), row(xy[1])));
            }
            List<List<Integer>> c = new ArrayList<>(set);
            if (c.size() == 3) {
                NaiveRouting.three(c, w, v, h, cols);
            } else {
                for (int i = 1; i < c.size(); i++) {
                    NaiveRouting.two(c.get(0), c.get(i), w, v, h, cols);
                }
            }
        }
        double vr = gw * s.routesPerMicronV();
        double hr = gh * s.routesPerMicronH();
        int r = s.smoothingRange();
        double[] sv = new double[cells];
        double[] sh = new double[cells];
        for (int row = 0; row < s.rows(); row++) {
            for (int col = 0; col < cols; col++) {
                int lo = Math.max(0, col - r);
                int hi = Math.min(cols - 1, col + r);
                for (int t = lo; t <= hi; t++) {
                    sv[row * cols + t] += v[row * cols + col] / vr / (hi - lo + 1);
                }
                lo = Math.max(0, row - r);
                hi = Math.min(s.rows() - 1, row + r);
                for (int t = lo; t <= hi; t++) {
                    sh[t * cols + col] += h[row * cols + col] / hr / (hi - lo + 1);
                }
            }
        }
        double[] bv = new double[cells];
        double[] bh = new double[cells];
        for (int m = 0; m < n.nodeCount(); m++) {
            if (n.kind(m) == NodeKind.HARD_MACRO) {
                NaiveRouting.blockage(rect(m, st), s, bv, bh);
            }
        }
        for (int i = 0; i < cells; i++) {
            sv[i] += bv[i] / vr;
            sh[i] += bh[i] / hr;
        }
        return new double[][] {sv, sh};
    }

    public double congestion(PlacementState st) {
        double[][] d = demand(st);
        List<Double> all = new ArrayList<>();
        for (double x : d[0]) {
            all.add(x);
        }
        for (double x : d[1]) {
            all.add(x);
        }
        all.sort(Comparator.reverseOrder());
        int k = (int) Math.floor(0.05 * all.size());
        if (k == 0) {
            return all.get(0);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            sum += all.get(i);
        }
        return sum / k;
    }
}
