package io.macroplace.place;

import io.macroplace.env.legal.Canvas;
import io.macroplace.env.softmacro.ForceDirectedConfig;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.place.model.MacroNetModel;

/**
 * A placement task: the netlist, the canvas and grid, the starting placement (ports, fixed nodes
 * and every object's initial position), the full proxy-cost evaluator, and the soft-macro
 * settings. Immutable; {@link #withInitial} gives the same problem from another start (pipelines),
 * sharing the flattened net model.
 */
public final class PlacementProblem {
    private final Netlist netlist;
    private final Canvas canvas;
    private final Placement initial;
    private final Evaluator evaluator;
    private final ForceDirectedConfig softMacros;
    private final MacroNetModel model;

    public PlacementProblem(Netlist netlist, Canvas canvas, Placement initial, Evaluator evaluator,
                            ForceDirectedConfig softMacros) {
        this(netlist, canvas, initial, evaluator, softMacros, new MacroNetModel(netlist, initial));
    }

    private PlacementProblem(Netlist netlist, Canvas canvas, Placement initial, Evaluator evaluator,
                             ForceDirectedConfig softMacros, MacroNetModel model) {
        if (initial.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("initial placement has " + initial.size() + " nodes, netlist "
                    + netlist.nodeCount());
        }
        this.netlist = netlist;
        this.canvas = canvas;
        this.initial = initial;
        this.evaluator = evaluator;
        this.softMacros = softMacros;
        this.model = model;
    }

    public Netlist netlist() {
        return netlist;
    }

    public Canvas canvas() {
        return canvas;
    }

    public Placement initial() {
        return initial;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public ForceDirectedConfig softMacros() {
        return softMacros;
    }

    /** The flattened objects and nets (shared, read-only). */
    public MacroNetModel model() {
        return model;
    }

    /** The same problem starting from another placement of the same netlist (ports, fixed nodes unchanged). */
    public PlacementProblem withInitial(Placement start) {
        return new PlacementProblem(netlist, canvas, start, evaluator, softMacros, model);
    }

    public PlacementProblem withSoftMacros(ForceDirectedConfig config) {
        return new PlacementProblem(netlist, canvas, initial, evaluator, config, model);
    }
}
