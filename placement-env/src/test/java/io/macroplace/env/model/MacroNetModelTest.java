package io.macroplace.env.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.PinMode;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.testing.SharedDesigns;
import org.junit.jupiter.api.Test;

/** The flattened model's HPWL is the proxy cost's, in both pin modes. */
class MacroNetModelTest {

    private static double modelHpwl(PlacementProblem p) {
        double[][] c = p.initialCentres();
        return p.model().hpwl(c[0], c[1]);
    }

    @Test
    void onAriane133TheModelHasTheReferenceHpwlInBothPinModes() throws Exception {
        PlacementProblem p = PlacementProblem.load(SharedDesigns.file("ariane133-ng45", "netlist.pb.txt.gz"),
                SharedDesigns.file("ariane133-ng45", "legalized.plc"));
        // ../shared/designs/README.md: 4763107.117 (default) and 4736671.83 (pins turned by the .plc's S macros)
        assertEquals(4763107.117000044, modelHpwl(p), 1e-9 * 4763107.117);
        PlacementProblem oriented = PlacementProblem.of(p.netlist(), p.settings().withPinMode(PinMode.ORIENTED),
                p.initial());
        assertEquals(4736671.83000005, modelHpwl(oriented), 1e-9 * 4736671.83);
    }

    @Test
    void flippedMacrosMoveTheModelsPinsOnlyWhenPinsTurn() {
        PlacementProblem p = TinyDesigns.generated(51);
        byte[] turned = p.initial().orientations();
        Orientation[] flips = {Orientation.FN, Orientation.S, Orientation.FS};
        for (int o = 0; o < p.model().hardCount; o++) {
            turned[p.model().objNode[o]] = (byte) flips[o % 3].ordinal();
        }
        Placement flipped = new Placement(p.initial().xs(), p.initial().ys(), turned, p.initial().fixedFlags());
        for (PinMode mode : PinMode.values()) {
            CostSettings s = p.settings().withPinMode(mode);
            PlacementProblem q = PlacementProblem.of(p.netlist(), s, flipped);
            double cost = q.evaluator().evaluate(flipped).hpwl();
            assertEquals(cost, modelHpwl(q), 1e-9 * cost, mode.name());
        }
        double plain = modelHpwl(PlacementProblem.of(p.netlist(), p.settings(), flipped));
        double turnedPins = modelHpwl(PlacementProblem.of(p.netlist(), p.settings().withPinMode(PinMode.ORIENTED),
                flipped));
        assertNotEquals(plain, turnedPins, "the flips must move some pins in this design");
        // a problem restarted from a placement with other orientations gets a model of its own
        assertSame(p.model(), p.withInitial(p.initial()).model());
        PlacementProblem restarted = p.withInitial(flipped);
        assertNotSame(p.model(), restarted.model());
        assertEquals(restarted.evaluator().evaluate(flipped).hpwl(), modelHpwl(restarted), 1e-9 * plain);
    }
}
