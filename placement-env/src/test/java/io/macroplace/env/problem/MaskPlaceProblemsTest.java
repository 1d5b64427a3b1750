package io.macroplace.env.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.bookshelf.BookshelfDesign;
import io.macroplace.netlist.bookshelf.BookshelfLayout;
import io.macroplace.netlist.bookshelf.BookshelfReader;
import io.macroplace.netlist.bookshelf.BookshelfWriter;
import io.macroplace.netlist.bookshelf.MacroHpwl;
import io.macroplace.netlist.bookshelf.MaskPlaceView;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.PlacerRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaskPlaceProblemsTest {

    @Test
    void placersOptimiseMacroHpwlOfABookshelfDesignAndReportItLikeTheBookshelfHelper(@TempDir Path dir) throws Exception {
        GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(30, 60, 20).withSeed(3));
        Path aux = dir.resolve("gen.aux");
        double w = g.plc().header().width().getAsDouble();
        double h = g.plc().header().height().getAsDouble();
        BookshelfWriter.write(aux, g.netlist(), g.plc().placement(), BookshelfLayout.of(w, h, 1.0, 1.0));
        BookshelfDesign design = BookshelfReader.read(aux);
        MaskPlaceView view = MaskPlaceView.of(design);
        assertTrue(view.macroCount() > 0 && view.netCount() > 0, "the generated design has terminal macros and nets");
        PlacementProblem p = MaskPlaceProblems.of(design, 32);

        double random = Double.NaN;
        double greedy = Double.NaN;
        for (String method : new String[] {"random", "greedy", "ea", "sa", "greedy+sa"}) {
            PlacementResult r = PlacerRegistry.builtIn().parse(method).place(p, 1, Duration.ofMillis(700), ProgressListener.NONE);
            assertTrue(r.legal(), method + ": " + r.legality());
            double[] x = new double[view.macroCount()];
            double[] y = new double[view.macroCount()];
            for (int m = 0; m < x.length; m++) {
                x[m] = r.placement().x(m);
                y[m] = r.placement().y(m);
            }
            double reference = MacroHpwl.in1e5(MacroHpwl.of(view, x, y));
            assertEquals(reference, r.costs().proxy(), 1e-9 * Math.max(1, reference), method);
            if (method.equals("random")) {
                random = r.costs().proxy();
            } else if (method.equals("greedy")) {
                greedy = r.costs().proxy();
            } else {
                assertTrue(r.costs().proxy() <= random, method + " " + r.costs().proxy() + " vs random " + random);
            }
        }
        assertTrue(greedy < random, "greedy " + greedy + " vs random " + random);
    }
}
