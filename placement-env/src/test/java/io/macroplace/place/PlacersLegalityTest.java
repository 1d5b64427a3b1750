package io.macroplace.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.legal.LegalityReport;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.generate.DesignGenerator;
import io.macroplace.netlist.generate.GeneratedDesign;
import io.macroplace.netlist.generate.GeneratorConfig;
import io.macroplace.netlist.testing.SharedDesigns;
import io.macroplace.place.registry.PlacerRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every placer, on several designs, returns legal hard macros, unmoved ports and its true cost. */
class PlacersLegalityTest {
    private static final List<String> METHODS = List.of("random", "greedy", "ea", "sa", "cd", "greedy+sa+cd");

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String design : designs()) {
            for (String method : METHODS) {
                out.add(Arguments.of(design, method));
            }
        }
        return out.stream();
    }

    /** The shared designs are listed whether or not they are there: without them a case skips, naming the folder. */
    static List<String> designs() {
        return List.of("generated-1", "generated-2", "ct-macro_tiles_10x10", "ct-sample_clustered",
                "ct-simple_grouped_with_coords", "ct-simple_grouped_with_coords_with_blockage", "ct-simple_with_coords",
                "ct-toy_macro_stdcell", "ariane133-ng45");
    }

    static PlacementProblem problem(String design) {
        if (design.startsWith("generated-")) {
            long seed = Long.parseLong(design.substring("generated-".length()));
            GeneratedDesign g = DesignGenerator.generate(GeneratorConfig.defaults().withCounts(24, 120, 40)
                    .withSeed(seed));
            return PlacementProblem.of(g.netlist(), CostSettings.resolve(g.netlist(), g.plc().header()),
                    g.plc().placement());
        }
        try {
            boolean ariane = design.startsWith("ariane");
            Path netlist = SharedDesigns.file(design, ariane ? "netlist.pb.txt.gz" : "netlist.pb.txt");
            Path plc = SharedDesigns.file(design, ariane ? "legalized.plc" : "initial.plc");
            return PlacementProblem.load(netlist, plc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("cases")
    void resultIsLegalKeepsPortsAndCarriesItsCost(String design, String method) {
        PlacementProblem p = problem(design);
        Duration budget = Duration.ofMillis(design.startsWith("ariane") ? 2500 : 800);
        PlacementResult r = PlacerRegistry.builtIn().parse(method).place(p, 7, budget, ProgressListener.NONE);
        LegalityReport legality = Legality.check(p.netlist(), r.placement(), p.canvas());
        assertTrue(legality.legal(), method + " on " + design + ": " + legality);
        assertTrue(r.legal());
        Placement in = p.initial();
        for (int port : p.netlist().nodesOf(NodeKind.PORT)) {
            assertEquals(in.x(port), r.placement().x(port), 0.0);
            assertEquals(in.y(port), r.placement().y(port), 0.0);
        }
        for (int i = 0; i < in.size(); i++) {
            if (in.fixed(i)) {
                assertEquals(in.x(i), r.placement().x(i), 0.0, "fixed node moved");
            }
        }
        Costs fresh = p.evaluator().evaluate(r.placement());
        assertEquals(fresh.proxy(), r.costs().proxy(), 1e-9 * Math.max(1, fresh.proxy()));
        assertTrue(Double.isFinite(r.costs().proxy()));
        assertEquals(method, r.method());
    }
}
