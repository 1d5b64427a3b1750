package io.macroplace.rl.place;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
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

        PlacementResult greedyOnly = new PolicyPlacer(policy, 0)
                .place(problem, 1, Duration.ofMinutes(5), ProgressListener.NONE);
        PlacementResult r = placer.place(problem, 1, Duration.ofMinutes(5), ProgressListener.NONE);
        assertTrue(r.legal(), "illegal RL placement: " + r.legality());
        assertTrue(greedyOnly.legal());
        assertTrue(r.costs().proxy() <= greedyOnly.costs().proxy() + 1e-12);
        assertEquals(r.costs().proxy(), problem.evaluator().evaluate(r.placement()).proxy(), 1e-12);
        PlacementResult again = placer.place(problem, 1, Duration.ofMinutes(5), ProgressListener.NONE);
        assertEquals(r.costs().proxy(), again.costs().proxy(), 0.0);
    }
}
