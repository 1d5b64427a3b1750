package io.macroplace.place.sa.move;

import io.macroplace.env.cost.PinMode;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.search.SearchState;

/**
 * What move generators draw from and propose to: one search state, its flattened model, the
 * canvas, the movable hard and soft macros (object ids), and whether pins turn with orientation.
 * One per annealing thread.
 */
public final class MoveContext {
    private final SearchState state;
    private final MacroNetModel model;
    private final Canvas canvas;
    private final int[] movableHard;
    private final int[] movableSoft;
    private final boolean pinsTurn;

    public MoveContext(PlacementProblem problem, SearchState state) {
        this.state = state;
        this.model = state.model();
        this.canvas = problem.canvas();
        this.pinsTurn = problem.settings().pinMode() == PinMode.ORIENTED;
        int hard = 0;
        int soft = 0;
        for (int o = 0; o < model.objectCount(); o++) {
            if (!model.objFixed[o]) {
                if (model.isHard(o)) {
                    hard++;
                } else {
                    soft++;
                }
            }
        }
        movableHard = new int[hard];
        movableSoft = new int[soft];
        hard = 0;
        soft = 0;
        for (int o = 0; o < model.objectCount(); o++) {
            if (!model.objFixed[o]) {
                if (model.isHard(o)) {
                    movableHard[hard++] = o;
                } else {
                    movableSoft[soft++] = o;
                }
            }
        }
    }

    public SearchState state() {
        return state;
    }

    public MacroNetModel model() {
        return model;
    }

    public Canvas canvas() {
        return canvas;
    }

    public int movableHardCount() {
        return movableHard.length;
    }

    /** The i-th movable hard macro (object id). */
    public int movableHard(int i) {
        return movableHard[i];
    }

    public int movableSoftCount() {
        return movableSoft.length;
    }

    public int movableSoft(int i) {
        return movableSoft[i];
    }

    /** True when the proxy cost turns pins with the placement's orientation ({@code --orient-pins}). */
    public boolean pinsTurn() {
        return pinsTurn;
    }

    /** {@code v} clamped to [lo, hi], or the middle when the interval is empty. */
    static double clamp(double v, double lo, double hi) {
        return lo > hi ? (lo + hi) / 2 : Math.max(lo, Math.min(hi, v));
    }
}
