package io.macroplace.env.problem;

import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.ProxyCost;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.Placement;

/** The exact proxy cost (the cost package's full evaluation) as an {@link Evaluator}. */
public final class ProxyEvaluator implements Evaluator {
    private final CostModel model;

    public ProxyEvaluator(CostModel model) {
        this.model = model;
    }

    @Override
    public Costs evaluate(Placement placement) {
        return of(ProxyCost.evaluate(model, PlacementState.of(model.netlist(), placement)));
    }

    public static Costs of(CostBreakdown b) {
        return new Costs(b.proxy(), b.wirelength(), b.density(), b.congestion(), b.hpwl());
    }
}
