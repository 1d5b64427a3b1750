package io.macroplace.place;

import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.softmacro.ForceDirectedConfig;
import java.nio.file.Path;
import java.util.Locale;

/** Scratch measurement of soft-macro placement settings on a design's input hard macros. */
public final class FdExperiment {
    private FdExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PlacementProblem p = PlacementProblem.load(Path.of(args[0]), Path.of(args[1]));
        var m = p.model();
        double hardArea = 0, softArea = 0;
        for (int o = 0; o < m.objectCount(); o++) {
            if (m.isHard(o)) hardArea += m.objW[o] * m.objH[o]; else softArea += m.objW[o] * m.objH[o];
        }
        System.out.printf(Locale.ROOT, "canvas %.0f hard %.0f soft %.0f%n", p.canvas().width() * p.canvas().height(), hardArea, softArea);
        for (int i = 2; i + 3 < args.length + 1; i += 4) {
            ForceDirectedConfig c = new ForceDirectedConfig(Integer.parseInt(args[i]), 1.0, Double.parseDouble(args[i + 1]),
                    Double.parseDouble(args[i + 2]), 0.002, Boolean.parseBoolean(args[i + 3]));
            double[][] xy = p.initialCentres();
            long t = System.nanoTime();
            new io.macroplace.env.softmacro.ForceDirectedPlacer(m, p.canvas(), c).place(xy[0], xy[1]);
            double s = (System.nanoTime() - t) / 1e9;
            Costs k = p.evaluator().evaluate(PlacerSupport.write(p, xy[0], xy[1]));
            System.out.printf(Locale.ROOT, "%s -> wl %.4f den %.4f cong %.4f proxy %.4f (%.2fs)%n", c, k.wirelength(), k.density(), k.congestion(), k.proxy(), s);
        }
    }
}
