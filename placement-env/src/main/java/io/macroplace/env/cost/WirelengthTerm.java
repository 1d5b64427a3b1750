package io.macroplace.env.cost;

import io.macroplace.env.cost.topk.ExactSum;
import io.macroplace.env.state.PlacementState;

/**
 * Wirelength cost: weighted HPWL / ((W + H) * net count), net count being the sum of net weights.
 * Keeps each net's committed weighted HPWL and every pin's position in flat arrays; a move
 * rewrites the positions of the moved nodes' pins (keeping the old ones for revert) and
 * recomputes the bounding boxes of their nets only. The total is an error-free running sum, so
 * it stays equal to the from-scratch sum.
 */
public final class WirelengthTerm implements CostTerm {
    private final CostModel model;
    private final PlacementState state;
    private final double norm;
    /** Per net its committed weighted HPWL at 2n and its weight at 2n + 1: one cache line per changed net. */
    private final double[] netHpwlWeight;
    private final double[] proposedHpwl;
    /**
     * Position of every net pin, x at 2p and y at 2p + 1 (one cache line for a small net's
     * pins): committed, or proposed for the moved pins while pending.
     */
    private final double[] pinXY;
    private final int[] movedPin;
    private final double[] movedOldX;
    private final double[] movedOldY;
    private int movedPins;
    private final double[] sumHi = new double[2]; // [0] committed, [1] proposed
    private final double[] sumLo = new double[2];
    private boolean pending;
    private ChangeSet lastChange;

    public WirelengthTerm(CostModel model, PlacementState state) {
        this.model = model;
        this.state = state;
        CostSettings s = model.settings();
        this.norm = (s.canvasWidth() + s.canvasHeight()) * model.netWeightSum;
        this.netHpwlWeight = new double[2 * model.netCount];
        for (int net = 0; net < model.netCount; net++) {
            netHpwlWeight[2 * net + 1] = model.netWeight[net];
        }
        this.proposedHpwl = new double[Math.max(1, model.maxTouchedNets)];
        this.pinXY = new double[2 * model.pinCount()];
        this.movedPin = new int[Math.max(1, 2 * model.maxNodePins)];
        this.movedOldX = new double[movedPin.length];
        this.movedOldY = new double[movedPin.length];
        reset();
    }

    @Override
    public String name() {
        return "wirelength";
    }

    @Override
    public double reset() {
        sumHi[0] = 0;
        sumLo[0] = 0;
        model.pinPositions(state, pinXY);
        for (int net = 0; net < model.netCount; net++) {
            netHpwlWeight[2 * net] = netHpwl(model, pinXY, net);
            ExactSum.add(sumHi, sumLo, 0, netHpwlWeight[2 * net]);
        }
        pending = false;
        movedPins = 0;
        return value();
    }

    /** Committed weighted HPWL. */
    public double hpwl() {
        return sumHi[0] + sumLo[0];
    }

    /** Proposed weighted HPWL (equal to {@link #hpwl()} when nothing is proposed). */
    public double proposedHpwl() {
        return pending ? sumHi[1] + sumLo[1] : hpwl();
    }

    @Override
    public double value() {
        return cost(hpwl());
    }

    private double cost(double hpwl) {
        return model.netWeightSum == 0 ? 0 : hpwl / norm;
    }

    @Override
    public double evaluateFromScratch() {
        return cost(hpwlFromScratch(model, state));
    }

    /** Weighted HPWL of every net, summed in net order: the full kernel. */
    public static double hpwlFromScratch(CostModel model, PlacementState state) {
        return hpwl(model, model.pinPositions(state, null));
    }

    /** Weighted HPWL of every net from pin positions (x at 2p, y at 2p + 1), summed in net order. */
    static double hpwl(CostModel model, double[] xy) {
        double total = 0;
        for (int net = 0; net < model.netCount; net++) {
            total += netHpwl(model, xy, net);
        }
        return total;
    }

    /** Weighted HPWL of one net from pin positions. */
    static double netHpwl(CostModel m, double[] xy, int net) {
        return m.netWeight[net] * boxSize(m, xy, net); // a weight of 1 multiplies exactly
    }

    /** Half perimeter of one net's bounding box from pin positions. */
    private static double boxSize(CostModel m, double[] xy, int net) {
        int i = 2 * m.netStart[net];
        int end = 2 * m.netStart[net + 1];
        double minX = xy[i];
        double maxX = minX;
        double minY = xy[i + 1];
        double maxY = minY;
        for (i += 2; i < end; i += 2) {
            // conditional moves: pin order makes branches unpredictable, and Math.min/max pay for
            // NaN and signed-zero rules that positions do not need (measured 6x slower)
            double x = xy[i];
            double y = xy[i + 1];
            minX = x < minX ? x : minX;
            maxX = x > maxX ? x : maxX;
            minY = y < minY ? y : minY;
            maxY = y > maxY ? y : maxY;
        }
        return (maxX - minX) + (maxY - minY);
    }

    @Override
    public void retract(ChangeSet change) {
        // committed per-net values are the old contributions; nothing to read before the move
    }

    @Override
    public double insert(ChangeSet change) {
        movedPins = 0;
        for (int i = 0; i < change.movedCount(); i++) {
            int node = change.moved(i);
            for (int j = model.nodePinStart[node], e = model.nodePinStart[node + 1]; j < e; j++) {
                int p = model.nodePins[j];
                movedPin[movedPins] = p;
                movedOldX[movedPins] = pinXY[2 * p];
                movedOldY[movedPins++] = pinXY[2 * p + 1];
                pinXY[2 * p] = model.nodePinX(j, node, state);
                pinXY[2 * p + 1] = model.nodePinY(j, node, state);
            }
        }
        // ExactSum.add's operations on locals: the running sum stays in registers
        double hi = sumHi[0];
        double lo = sumLo[0];
        for (int i = 0; i < change.netCount(); i++) {
            int net = change.net(i);
            double h = netHpwlWeight[2 * net + 1] * boxSize(model, pinXY, net);
            proposedHpwl[i] = h;
            double v = -netHpwlWeight[2 * net];
            double s = hi + v;
            double b = s - hi;
            lo += (hi - (s - b)) + (v - b);
            hi = s;
            s = hi + h;
            b = s - hi;
            lo += (hi - (s - b)) + (h - b);
            hi = s;
        }
        sumHi[1] = hi;
        sumLo[1] = lo;
        pending = true;
        lastChange = change;
        return cost(sumHi[1] + sumLo[1]);
    }

    @Override
    public void commit() {
        if (!pending) {
            return;
        }
        for (int i = 0; i < lastChange.netCount(); i++) {
            netHpwlWeight[2 * lastChange.net(i)] = proposedHpwl[i];
        }
        sumHi[0] = sumHi[1];
        sumLo[0] = sumLo[1];
        pending = false;
        movedPins = 0;
    }

    @Override
    public void revert() {
        for (int i = movedPins - 1; i >= 0; i--) {
            pinXY[2 * movedPin[i]] = movedOldX[i];
            pinXY[2 * movedPin[i] + 1] = movedOldY[i];
        }
        movedPins = 0;
        pending = false;
    }
}
