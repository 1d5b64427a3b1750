package io.macroplace.env.problem;

import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Canvas;
import io.macroplace.env.model.MacroNetModel;
import io.macroplace.env.softmacro.ForceDirectedConfig;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.plc.PlcReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A placement task: the netlist, the proxy-cost settings (canvas, grid, routing, blockages), the
 * starting placement (ports, fixed nodes and every object's initial position), the evaluator that
 * scores results (the full proxy cost unless replaced), and the soft-macro settings. Immutable;
 * {@link #withInitial} gives the same problem from another start (pipelines) sharing the
 * flattened models.
 */
public final class PlacementProblem {
    private final Netlist netlist;
    private final CostModel costModel;
    private final Canvas canvas;
    private final Placement initial;
    private final Evaluator evaluator;
    private final ForceDirectedConfig softMacros;
    private final MacroNetModel model;

    private PlacementProblem(Netlist netlist, CostModel costModel, Placement initial, Evaluator evaluator,
                             ForceDirectedConfig softMacros, MacroNetModel model) {
        if (initial.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("initial placement has " + initial.size() + " nodes, netlist "
                    + netlist.nodeCount());
        }
        this.netlist = netlist;
        this.costModel = costModel;
        this.canvas = Canvas.of(costModel.settings());
        this.initial = initial;
        this.evaluator = evaluator;
        this.softMacros = softMacros;
        this.model = model;
    }

    /** A problem scored by the exact proxy cost under {@code settings}. */
    public static PlacementProblem of(Netlist netlist, CostSettings settings, Placement initial) {
        CostModel cm = CostModel.of(netlist, settings);
        return new PlacementProblem(netlist, cm, initial, new ProxyEvaluator(cm), ForceDirectedConfig.defaults(),
                new MacroNetModel(netlist, initial, settings.pinMode()));
    }

    /** Reads a CT netlist and a .plc (its header's settings, CT defaults elsewhere; its body as the start). */
    public static PlacementProblem load(Path netlistFile, Path plcFile) throws IOException {
        Netlist n = CtNetlistReader.read(netlistFile);
        PlcFile plc = PlcReader.read(plcFile, n);
        return of(n, CostSettings.resolve(n, plc.header()), plc.placement());
    }

    public Netlist netlist() {
        return netlist;
    }

    public CostModel costModel() {
        return costModel;
    }

    public CostSettings settings() {
        return costModel.settings();
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

    /** Object centres ({@link MacroNetModel} objects) of the initial placement: {x[], y[]}, fresh arrays. */
    public double[][] initialCentres() {
        double[] x = new double[model.objectCount()];
        double[] y = new double[model.objectCount()];
        model.read(initial, x, y);
        return new double[][] {x, y};
    }

    public ForceDirectedConfig softMacros() {
        return softMacros;
    }

    /** The flattened objects and nets (shared, read-only). */
    public MacroNetModel model() {
        return model;
    }

    /**
     * The same problem starting from another placement of the same netlist (ports, fixed nodes
     * unchanged); it shares the flattened model unless the start turns some macro differently.
     */
    public PlacementProblem withInitial(Placement start) {
        MacroNetModel m = model.orientationsMatch(start) ? model
                : new MacroNetModel(netlist, start, costModel.settings().pinMode());
        return new PlacementProblem(netlist, costModel, start, evaluator, softMacros, m);
    }

    public PlacementProblem withSoftMacros(ForceDirectedConfig config) {
        return new PlacementProblem(netlist, costModel, initial, evaluator, config, model);
    }

    /** The same problem scored by another evaluator (e.g. macro HPWL in the MaskPlace setting). */
    public PlacementProblem withEvaluator(Evaluator e) {
        return new PlacementProblem(netlist, costModel, initial, e, softMacros, model);
    }
}
