package io.macroplace.rl.imitate;

import io.macroplace.env.legal.Legality;
import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.env.problem.TinyDesigns;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.place.registry.PlacerRegistry;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.place.PolicyPlacer;
import io.macroplace.rl.place.RlPlacer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour cloning of a greedy expert on a generated 20-hard-macro design (action grid factor 2). */
class BehaviourCloningTest {

    @Test
    void clonedPolicyPlacesCloserToTheExpertThanTheUntrainedOne(@TempDir Path dir) throws Exception {
        PlacementProblem problem = TinyDesigns.generated(5);
        PlacementResult expert = PlacerRegistry.standard().parse("greedy", MethodOptions.defaults())
                .place(problem, 1, Duration.ofMinutes(1), ProgressListener.NONE);
        PolicyConfig pc = PolicyConfig.defaults().withSizes(2, 16, 8, 1, 16);
        EnvConfig settings = pc.environment();
        Demonstration demo = TeacherForcing.play("tiny", problem, settings, expert.placement(), expert.costs().proxy());
        assertEquals(20, demo.length());
        // snapping to the action grid moves each macro by at most about a cell where it is legal;
        // the teacher-forced placement costs about what the expert's does
        assertTrue(demo.meanSnap() < 3.0, "mean snap " + demo.meanSnap());
        assertTrue(Math.abs(demo.result().proxyCost() - expert.costs().proxy()) < 0.1 * expert.costs().proxy(),
                demo.result().proxyCost() + " vs expert " + expert.costs().proxy());

        PolicyNetwork net = PolicyNetwork.create(pc, new PlacementEnv(problem, settings).graph().featureCount(), 3);
        double before = distanceToExpert(new RlPlacer(net).greedy(new PlacementEnv(problem, settings)), demo);
        BehaviourCloning bc = new BehaviourCloning(net, new ImitationConfig(40, 128, 1e-2, 0.5, 0, 1));
        BehaviourCloning.Design design = new BehaviourCloning.Design(net.inputs(new PlacementEnv(problem, settings)),
                List.of(demo));
        List<BehaviourCloning.EpochStats> history = bc.train(List.of(design), s -> true);
        assertEquals(40, history.size());
        double first = history.get(0).crossEntropy();
        double last = history.get(history.size() - 1).crossEntropy();
        // a near-uniform start: about log(legal cells) nats; 40 steps on 20 samples memorise them
        assertTrue(first > 3.0, "first cross-entropy " + first);
        assertTrue(last < 0.5 * first, "cross-entropy " + first + " -> " + last);
        assertTrue(history.get(history.size() - 1).agreement() > 0.5,
                "argmax agrees with the expert on " + history.get(history.size() - 1).agreement());

        EpisodeResult cloned = new RlPlacer(net).greedy(new PlacementEnv(problem, settings));
        double after = distanceToExpert(cloned, demo);
        assertTrue(after < 0.5 * before, "mean distance to the expert's macros " + before + " -> " + after);

        Path file = dir.resolve("cloned.zip");
        PolicyIo.save(net, file);
        PolicyNetwork loaded = PolicyIo.load(file);
        PlacementResult placed = new PolicyPlacer(loaded, 0).place(problem, 1, Duration.ofMinutes(1), ProgressListener.NONE);
        assertTrue(placed.legal());
        assertTrue(Legality.check(problem.netlist(), placed.placement(), problem.canvas()).legal());
        assertEquals(new RlPlacer(loaded).greedy(new PlacementEnv(problem, settings)).proxyCost(), cloned.proxyCost(), 1e-9);
    }

    /** Mean distance between the episode's macro centres and the teacher-forced expert's, in placement order. */
    private static double distanceToExpert(EpisodeResult r, Demonstration demo) {
        double s = 0;
        for (int i = 0; i < r.macroX().length; i++) {
            s += Math.hypot(r.macroX()[i] - demo.result().macroX()[i], r.macroY()[i] - demo.result().macroY()[i]);
        }
        return s / r.macroX().length;
    }
}
