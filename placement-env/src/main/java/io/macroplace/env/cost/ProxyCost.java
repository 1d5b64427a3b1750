package io.macroplace.env.cost;

import io.macroplace.env.move.Move;
import io.macroplace.env.move.OrientMove;
import io.macroplace.env.move.ShiftMove;
import io.macroplace.env.move.SwapMove;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Orientation;

/**
 * The proxy cost, {@code w_wl * wirelength + w_d * density + w_c * congestion}, kept incrementally
 * over a {@link PlacementState}: {@link #propose(Move)} applies the move to the state and returns
 * the change of the proxy cost; then {@link #commit()} keeps it or {@link #revert()} restores the
 * state and every term. Work per proposal is proportional to the moved nodes' nets and the cells
 * they touch. In check mode every commit and revert is followed by a from-scratch evaluation and
 * a {@link CostCheckException} when they differ by more than {@link #CHECK_TOLERANCE} relative.
 *
 * <p>Single-threaded; the state must not be changed behind its back (call {@link #reset()} if it was).
 */
public final class ProxyCost {
    /** Relative tolerance of check mode. */
    public static final double CHECK_TOLERANCE = 1e-9;

    private static final Orientation[] ORIENTATIONS = Orientation.values();

    private final CostModel model;
    private final PlacementState state;
    private final WirelengthTerm wirelength;
    private final DensityTerm density;
    private final CongestionTerm congestion;
    private final CostTerm[] terms;
    private final double[] weights;
    private final double[] committed = new double[3];
    private final double[] proposed = new double[3];
    private final ChangeSet change;
    private final int[] movedNode = new int[2];
    private final double[] oldX = new double[2];
    private final double[] oldY = new double[2];
    private final int[] oldOrientation = new int[2];
    private int movedCount;
    private boolean pending;
    private boolean checkMode;

    public ProxyCost(CostModel model, PlacementState state) {
        if (state.nodeCount() != model.nodeCount) {
            throw new IllegalArgumentException("state has " + state.nodeCount() + " nodes, model " + model.nodeCount);
        }
        this.model = model;
        this.state = state;
        this.wirelength = new WirelengthTerm(model, state);
        this.density = new DensityTerm(model, state);
        this.congestion = new CongestionTerm(model, state);
        this.terms = new CostTerm[] {wirelength, density, congestion};
        CostSettings s = model.settings();
        this.weights = new double[] {s.wirelengthWeight(), s.densityWeight(), s.congestionWeight()};
        this.change = new ChangeSet(model);
        for (int t = 0; t < 3; t++) {
            committed[t] = terms[t].value();
        }
    }

    /** Full evaluation with the plain kernels (no incremental structures). */
    public static CostBreakdown evaluate(CostModel model, PlacementState state) {
        double[] xy = model.pinPositions(state, null);
        double hpwl = WirelengthTerm.hpwl(model, xy);
        double wl = model.netWeightSum == 0 ? 0
                : hpwl / ((model.settings().canvasWidth() + model.settings().canvasHeight()) * model.netWeightSum);
        int n = model.cellCount();
        double[] d = new double[n];
        DensityTerm.densitiesFromScratch(model, state, d);
        double[] v = new double[n];
        double[] h = new double[n];
        CongestionKernel.demand(model, state, xy, v, h);
        return CostBreakdown.of(hpwl, wl, DensityTerm.cost(d, n), CongestionKernel.cost(v, h, n), model.settings());
    }

    public CostModel model() {
        return model;
    }

    public PlacementState state() {
        return state;
    }

    /** Turns check mode on or off (tests run with it on; it costs a full evaluation per commit/revert). */
    public void setCheckMode(boolean on) {
        this.checkMode = on;
    }

    public boolean checkMode() {
        return checkMode;
    }

    /** Rebuilds every term from the state (after the state was changed directly). */
    public void reset() {
        if (pending) {
            throw new IllegalStateException("reset during a pending proposal; commit or revert first");
        }
        for (int t = 0; t < 3; t++) {
            committed[t] = terms[t].reset();
        }
    }

    // ---- committed values ----

    public double proxy() {
        return weighted(committed);
    }

    public double hpwl() {
        return wirelength.hpwl();
    }

    public double wirelength() {
        return committed[0];
    }

    public double density() {
        return committed[1];
    }

    public double congestion() {
        return committed[2];
    }

    public CostBreakdown breakdown() {
        return new CostBreakdown(hpwl(), committed[0], committed[1], committed[2], proxy());
    }

    // ---- proposal ----

    /**
     * Applies the move to the state and evaluates it. Returns proposed proxy - committed proxy.
     *
     * @throws IllegalArgumentException when the move names a node that cannot move (a macro pin,
     *                                  an id out of range); nothing is changed then
     * @throws IllegalStateException    when a proposal is pending
     */
    public double propose(Move move) {
        if (move instanceof ShiftMove s) {
            return proposeShift(s.node(), s.x(), s.y());
        } else if (move instanceof SwapMove s) {
            return proposeSwap(s.first(), s.second());
        } else if (move instanceof OrientMove o) {
            return proposeOrient(o.node(), o.orientation());
        }
        throw new IllegalArgumentException("unknown move " + move);
    }

    /**
     * {@link #propose(Move)} of a {@link ShiftMove} without the record: node {@code node}'s centre
     * to (x, y). The annealer's hot path calls these primitive forms, so a move allocates nothing.
     */
    public double proposeShift(int node, double x, double y) {
        beginProposal();
        requirePlaceable(node);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("target position must be finite: " + x + ", " + y);
        }
        remember(node);
        retract();
        state.setPosition(node, x, y);
        return insert();
    }

    /** {@link #propose(Move)} of a {@link SwapMove}: nodes {@code a} and {@code b} exchange centres. */
    public double proposeSwap(int a, int b) {
        beginProposal();
        requirePlaceable(a);
        requirePlaceable(b);
        if (a == b) {
            throw new IllegalArgumentException("a swap needs two different nodes: " + a);
        }
        remember(a);
        remember(b);
        retract();
        state.setPosition(a, oldX[1], oldY[1]);
        state.setPosition(b, oldX[0], oldY[0]);
        return insert();
    }

    /** {@link #propose(Move)} of an {@link OrientMove}: node {@code node} turned to {@code orientation}. */
    public double proposeOrient(int node, Orientation orientation) {
        beginProposal();
        requirePlaceable(node);
        if (orientation == null) {
            throw new IllegalArgumentException("orientation is required");
        }
        remember(node);
        retract();
        state.setOrientation(node, orientation);
        return insert();
    }

    private void beginProposal() {
        if (pending) {
            throw new IllegalStateException("a proposal is pending; commit or revert it first");
        }
        change.clear();
        movedCount = 0;
    }

    private double insert() {
        // the three terms called directly, not through CostTerm: monomorphic call sites
        proposed[0] = wirelength.insert(change);
        proposed[1] = density.insert(change);
        proposed[2] = congestion.insert(change);
        pending = true;
        return weighted(proposed) - weighted(committed);
    }

    private void requirePlaceable(int node) {
        if (!model.isPlaceable(node)) {
            throw new IllegalArgumentException("node " + node + " cannot be moved (not a placeable node of this netlist)");
        }
    }

    private void remember(int node) {
        movedNode[movedCount] = node;
        oldX[movedCount] = state.x(node);
        oldY[movedCount] = state.y(node);
        oldOrientation[movedCount] = state.orientationOrdinal(node);
        movedCount++;
        change.addMoved(model, node);
    }

    private void retract() {
        wirelength.retract(change);
        density.retract(change);
        congestion.retract(change);
    }

    public boolean pending() {
        return pending;
    }

    /** Proposed values (the committed ones when nothing is pending). */
    public double proposedProxy() {
        return pending ? weighted(proposed) : proxy();
    }

    public double proposedWirelength() {
        return pending ? proposed[0] : committed[0];
    }

    public double proposedDensity() {
        return pending ? proposed[1] : committed[1];
    }

    public double proposedCongestion() {
        return pending ? proposed[2] : committed[2];
    }

    public double proposedHpwl() {
        return wirelength.proposedHpwl();
    }

    public double deltaWirelength() {
        return proposedWirelength() - committed[0];
    }

    public double deltaDensity() {
        return proposedDensity() - committed[1];
    }

    public double deltaCongestion() {
        return proposedCongestion() - committed[2];
    }

    /** Keeps the proposed move. */
    public void commit() {
        requirePending();
        wirelength.commit();
        density.commit();
        congestion.commit();
        for (int t = 0; t < 3; t++) {
            committed[t] = proposed[t];
        }
        pending = false;
        if (checkMode) {
            check("commit");
        }
    }

    /** Undoes the proposed move: the state and every term are as before {@link #propose(Move)}. */
    public void revert() {
        requirePending();
        for (int i = movedCount - 1; i >= 0; i--) {
            int node = movedNode[i];
            state.setPosition(node, oldX[i], oldY[i]);
            state.setOrientation(node, ORIENTATIONS[oldOrientation[i]]);
        }
        wirelength.revert();
        density.revert();
        congestion.revert();
        pending = false;
        if (checkMode) {
            check("revert");
        }
    }

    private void requirePending() {
        if (!pending) {
            throw new IllegalStateException("no pending proposal");
        }
    }

    /** Compares the committed values with a from-scratch evaluation; throws {@link CostCheckException}. */
    public void check(String when) {
        CostBreakdown full = evaluate(model, state);
        compare(when, "hpwl", hpwl(), full.hpwl());
        compare(when, "wirelength", committed[0], full.wirelength());
        compare(when, "density", committed[1], full.density());
        compare(when, "congestion", committed[2], full.congestion());
    }

    private static void compare(String when, String what, double incremental, double full) {
        double diff = Math.abs(incremental - full);
        if (!(incremental == full || diff <= CHECK_TOLERANCE * Math.max(Math.abs(incremental), Math.abs(full)))) {
            throw new CostCheckException("check mode after " + when + ": incremental " + what + " " + incremental
                    + " differs from full " + full + " by " + diff);
        }
    }

    private double weighted(double[] v) {
        return weights[0] * v[0] + weights[1] * v[1] + weights[2] * v[2];
    }
}
