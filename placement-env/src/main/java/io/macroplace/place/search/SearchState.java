package io.macroplace.place.search;

import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.MacroIndex;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.softmacro.ForceDirectedPlacer;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Blockage;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;

/**
 * What local search (SA, coordinate descent) works on: the placement state with the incremental
 * proxy cost attached, the hard-macro overlap index kept in step with it, and the best placement
 * seen. Hard-macro moves are checked for legality before they are proposed, so the state is legal
 * whenever it was legal at the start. Object ids are {@link MacroNetModel} ids.
 */
public final class SearchState {
    private final Placement start;
    private final MacroNetModel m;
    private final PlacementState state;
    private final ProxyCost cost;
    private final MacroIndex index;
    private final ForceDirectedPlacer softPlacer;
    private final double[] ox;
    private final double[] oy;
    private final double[] bestX;
    private final double[] bestY;
    private final byte[] orient;
    private final byte[] bestOrient;
    private double best;
    private int pendingA;
    private int pendingB;

    public SearchState(PlacementProblem problem, Placement start, double spacing) {
        this.start = start;
        this.m = problem.model();
        this.state = PlacementState.of(problem.netlist(), start);
        this.cost = new ProxyCost(problem.costModel(), state);
        Canvas canvas = problem.canvas();
        double[] blocks = new double[4 * canvas.blockages().size()];
        int k = 0;
        for (Blockage b : canvas.blockages()) {
            blocks[k++] = b.x0();
            blocks[k++] = b.y0();
            blocks[k++] = b.x1();
            blocks[k++] = b.y1();
        }
        this.index = new MacroIndex(canvas, m.hardCount, spacing, Legality.DEFAULT_TOLERANCE / 10, blocks);
        this.softPlacer = new ForceDirectedPlacer(m, canvas, problem.softMacros());
        int n = m.objectCount();
        ox = new double[n];
        oy = new double[n];
        bestX = new double[n];
        bestY = new double[n];
        orient = new byte[n];
        for (int o = 0; o < n; o++) {
            orient[o] = (byte) start.orientation(m.objNode[o]).ordinal();
        }
        bestOrient = orient.clone();
        m.read(start, ox, oy);
        for (int o = 0; o < m.hardCount; o++) {
            index.add(o, ox[o], oy[o], m.objW[o], m.objH[o]);
        }
        best = cost.proxy();
        saveBest();
    }

    public ProxyCost cost() {
        return cost;
    }

    public MacroNetModel model() {
        return m;
    }

    public double x(int o) {
        return ox[o];
    }

    public double y(int o) {
        return oy[o];
    }

    /** Whether hard macro {@code o} may sit at (cx, cy), ignoring itself and {@code other}. */
    public boolean fits(int o, double cx, double cy, int other) {
        return index.fits(cx, cy, m.objW[o], m.objH[o], o, other);
    }

    /**
     * Proposes moving object {@code o} to (cx, cy): applies it to the state and returns the proxy
     * change; then {@link #commit()} or {@link #revert()}. Hard-macro legality is the caller's
     * business ({@link #fits}). The propose methods allocate nothing.
     */
    public double proposeShift(int o, double cx, double cy) {
        double d = cost.proposeShift(m.objNode[o], cx, cy);
        pending(o, -1);
        return d;
    }

    /** Proposes turning object {@code o} (orientations that keep its footprint only). */
    public double proposeOrient(int o, Orientation orientation) {
        if (orientation.swapsSides() != Orientation.ofOrdinal(orient[o]).swapsSides()) {
            throw new IllegalArgumentException("orientation " + orientation + " would change the footprint");
        }
        double d = cost.proposeOrient(m.objNode[o], orientation);
        pending(o, -1);
        return d;
    }

    public Orientation orientation(int o) {
        return Orientation.ofOrdinal(orient[o]);
    }

    /** Proposes that objects {@code a} and {@code b} exchange centres. */
    public double proposeSwap(int a, int b) {
        double d = cost.proposeSwap(m.objNode[a], m.objNode[b]);
        pending(a, b);
        return d;
    }

    private void pending(int a, int b) {
        pendingA = a;
        pendingB = b;
    }

    /** The object the pending move moves (the first of a swap); -1 when nothing is pending. */
    public int pendingObject() {
        return cost.pending() ? pendingA : -1;
    }

    /** The second object of a pending swap, else -1. */
    public int pendingPartner() {
        return cost.pending() ? pendingB : -1;
    }

    /** Where the pending move puts object {@code o} (its current place when the move leaves it). */
    public double proposedX(int o) {
        return state.x(m.objNode[o]);
    }

    public double proposedY(int o) {
        return state.y(m.objNode[o]);
    }

    /** Keeps the pending move. */
    public void commit() {
        cost.commit();
        sync(pendingA);
        if (pendingB >= 0) {
            sync(pendingB);
        }
        if (cost.proxy() < best) {
            best = cost.proxy();
            saveBest();
        }
    }

    public void revert() {
        cost.revert();
    }

    private void sync(int o) {
        int node = m.objNode[o];
        ox[o] = state.x(node);
        oy[o] = state.y(node);
        orient[o] = (byte) state.orientationOrdinal(node);
        if (o < m.hardCount) {
            index.move(o, ox[o], oy[o]);
        }
    }

    /**
     * Re-places the soft macros by force from their current positions and keeps the result only if
     * it lowers the proxy cost. Returns true when kept.
     */
    public boolean replaceSoftMacros() {
        double before = cost.proxy();
        double[] sx = ox.clone();
        double[] sy = oy.clone();
        softPlacer.place(sx, sy);
        for (int o = m.hardCount; o < m.objectCount(); o++) {
            state.setPosition(m.objNode[o], sx[o], sy[o]);
        }
        cost.reset();
        if (cost.proxy() < before) {
            System.arraycopy(sx, 0, ox, 0, ox.length);
            System.arraycopy(sy, 0, oy, 0, oy.length);
            if (cost.proxy() < best) {
                best = cost.proxy();
                saveBest();
            }
            return true;
        }
        for (int o = m.hardCount; o < m.objectCount(); o++) {
            state.setPosition(m.objNode[o], ox[o], oy[o]);
        }
        cost.reset();
        return false;
    }

    public double best() {
        return best;
    }

    public double current() {
        return cost.proxy();
    }

    private void saveBest() {
        System.arraycopy(ox, 0, bestX, 0, ox.length);
        System.arraycopy(oy, 0, bestY, 0, oy.length);
        System.arraycopy(orient, 0, bestOrient, 0, orient.length);
    }

    /** The best placement seen. */
    public Placement bestPlacement() {
        Placement p = m.write(start, bestX, bestY);
        byte[] o = p.orientations();
        for (int i = 0; i < m.objectCount(); i++) {
            o[m.objNode[i]] = bestOrient[i];
        }
        return new Placement(p.xs(), p.ys(), o, p.fixedFlags());
    }

    /** Moves the state back to the best placement seen. */
    public void restoreBest() {
        moveTo(bestX, bestY, bestOrient);
    }

    /**
     * Moves this state to {@code other}'s current placement (same problem; its best placement
     * counts as seen here too). For parallel search: one state per thread, winners copied.
     */
    public void copyFrom(SearchState other) {
        if (other.m != m) {
            throw new IllegalArgumentException("states of different problems");
        }
        moveTo(other.ox.clone(), other.oy.clone(), other.orient.clone());
        if (other.best < best) {
            best = other.best;
            System.arraycopy(other.bestX, 0, bestX, 0, bestX.length);
            System.arraycopy(other.bestY, 0, bestY, 0, bestY.length);
            System.arraycopy(other.bestOrient, 0, bestOrient, 0, bestOrient.length);
        }
    }

    private void moveTo(double[] x, double[] y, byte[] orientations) {
        for (int o = 0; o < m.objectCount(); o++) {
            state.setPosition(m.objNode[o], x[o], y[o]);
            state.setOrientation(m.objNode[o], Orientation.ofOrdinal(orientations[o]));
            if (o < m.hardCount) {
                index.move(o, x[o], y[o]);
            }
        }
        System.arraycopy(x, 0, ox, 0, ox.length);
        System.arraycopy(y, 0, oy, 0, oy.length);
        System.arraycopy(orientations, 0, orient, 0, orient.length);
        cost.reset();
    }
}
