package io.macroplace.rl.place;

import io.macroplace.env.cost.testing.NaiveProxyCost;
import io.macroplace.env.legal.Legality;
import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.state.PlacementState;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.PolicyNetwork;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy as a Placer on the real environment (generated 20-hard-macro design). */
class PolicyPlacerTest {

    @Test
    void placesLegallyAndReportsTheEvaluatedCostOfTheBestEpisode() {
        PlacementProblem problem = TinyDesigns.generated(3);
        int features = new PlacementEnv(problem, EnvConfig.defaults()).graph().featureCount();
        PolicyNetwork policy = PolicyNetwork.create(PolicyConfig.defaults().withSizes(1, 8, 8, 1, 8), features, 1);
        PolicyPlacer placer = new PolicyPlacer(policy, 3);
        // The budget is not under test: at load 13 this test ran 668 s, a 5-minute deadline cut the
        // repeat run's samples short and it scored another placement.
        Duration unbounded = Duration.ofHours(2);

        PlacementResult greedyOnly = new PolicyPlacer(policy, 0)
                .place(problem, 1, unbounded, ProgressListener.NONE);
        PlacementResult r = placer.place(problem, 1, unbounded, ProgressListener.NONE);
        assertTrue(r.legal(), "illegal RL placement: " + r.legality());
        assertTrue(greedyOnly.legal());
        // checked by code the placer does not use: legality from scratch, and the proxy cost by the
        // tests' naive, loop-by-loop implementation (not "best-of <= argmax", true by construction)
        for (PlacementResult x : new PlacementResult[] {r, greedyOnly}) {
            assertTrue(Legality.check(problem.netlist(), x.placement(), problem.canvas()).legal());
            double naive = new NaiveProxyCost(problem.netlist(), problem.settings())
                    .evaluate(PlacementState.of(problem.netlist(), x.placement())).proxy();
            assertEquals(naive, x.costs().proxy(), 1e-9 * naive, "reported cost of " + x.method());
        }
        PlacementResult again = placer.place(problem, 1, unbounded, ProgressListener.NONE);
        assertEquals(r.costs().proxy(), again.costs().proxy(), 0.0);
    }
}
