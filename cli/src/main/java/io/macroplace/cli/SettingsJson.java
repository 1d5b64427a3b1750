package io.macroplace.cli;

import io.macroplace.env.cost.CostBreakdown;
import io.macroplace.env.cost.CostSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of costs and settings, shared by cost, place and compare output. */
public final class SettingsJson {
    private SettingsJson() {
    }

    public static Map<String, Object> costs(CostBreakdown c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hpwl", c.hpwl());
        m.put("wirelength_cost", c.wirelength());
        m.put("density_cost", c.density());
        m.put("congestion_cost", c.congestion());
        m.put("proxy_cost", c.proxy());
        return m;
    }

    public static Map<String, Object> costs(io.macroplace.env.problem.Costs c) {
        return costs(new CostBreakdown(c.hpwl(), c.wirelength(), c.density(), c.congestion(), c.proxy()));
    }

    public static Map<String, Object> settings(CostSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("canvas_width", s.canvasWidth());
        m.put("canvas_height", s.canvasHeight());
        m.put("grid_cols", s.columns());
        m.put("grid_rows", s.rows());
        m.put("routes_per_micron_h", s.routesPerMicronH());
        m.put("routes_per_micron_v", s.routesPerMicronV());
        m.put("macro_routes_h", s.macroRoutesH());
        m.put("macro_routes_v", s.macroRoutesV());
        m.put("smoothing", s.smoothingRange());
        m.put("weights", new double[] {s.wirelengthWeight(), s.densityWeight(), s.congestionWeight()});
        m.put("pin_mode", s.pinMode().name().toLowerCase());
        m.put("blockages", s.blockages().size());
        return m;
    }
}
