package io.macroplace.cli;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.problem.Costs;
import io.macroplace.netlist.PlcHeader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A self-describing .plc header: the settings a placement was scored with (weights and pin mode
 * included, so that {@code cost} on the file reproduces its cost lines) and its costs. A design in
 * the MaskPlace setting (Bookshelf input) is scored by macro HPWL alone, and its lines say so
 * instead of calling that number a proxy cost.
 */
public final class PlcOutput {
    private PlcOutput() {
    }

    public static PlcHeader header(CostSettings s, Costs c, String block, boolean maskPlace) {
        Map<String, String> costs = new LinkedHashMap<>();
        if (maskPlace) {
            costs.put("Macro HPWL", String.valueOf(c.hpwl()));
            costs.put("Macro HPWL (1e5)", String.valueOf(c.proxy()));
        } else {
            costs.put("Wirelength", String.valueOf(c.hpwl()));
            costs.put("Wirelength cost", String.valueOf(c.wirelength()));
            costs.put("Congestion cost", String.valueOf(c.congestion()));
            costs.put("Density cost", String.valueOf(c.density()));
            costs.put("Proxy cost", String.valueOf(c.proxy()));
        }
        return PlcHeader.EMPTY
                .withGrid(s.columns(), s.rows())
                .withCanvas(s.canvasWidth(), s.canvasHeight())
                .withRoutes(s.routesPerMicronH(), s.routesPerMicronV())
                .withMacroRoutes(s.macroRoutesH(), s.macroRoutesV())
                .withSmoothing(s.smoothingRange())
                .withWeights(s.wirelengthWeight(), s.densityWeight(), s.congestionWeight())
                .withPinMode(s.pinMode().name().toLowerCase(Locale.ROOT))
                .withBlockages(s.blockages())
                .withBlock(block)
                .withCosts(costs);
    }
}
