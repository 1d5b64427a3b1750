package io.macroplace.rl.imitate;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.mdp.Step;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.Placement;

import java.util.ArrayList;
import java.util.List;

/**
 * Replays an expert placement in the policy's environment, in the policy's macro order: at each
 * step the action is the legal cell nearest to where the expert put that macro
 * ({@link ExpertActions#nearestLegal}), so later observations show the expert's earlier choices as
 * the policy would see them (teacher forcing), never a state the expert could not have reached
 * under the mask.
 */
public final class TeacherForcing {
    private TeacherForcing() {
    }

    /** The expert's macro centres in the macro order of the policy's environment (what {@link #play} imitates). */
    public static ExpertPositions positions(PlacementProblem problem, EnvConfig settings, Placement expert) {
        return ExpertPositions.of(problem, new PlacementEnv(problem, settings).order(), expert);
    }

    /**
     * @param settings the policy's environment settings ({@code PolicyConfig#environment()})
     * @param expert   a placement of {@code problem}'s netlist, e.g. a classical placer's
     * @param expertCost its proxy cost (reported beside the teacher-forced one)
     */
    public static Demonstration play(String design, PlacementProblem problem, EnvConfig settings, Placement expert,
                                     double expertCost) {
        PlacementEnv env = new PlacementEnv(problem, settings.withReward(EnvConfig.RewardMode.FINAL_PROXY));
        ExpertPositions target = ExpertPositions.of(problem, env.order(), expert);
        int steps = target.steps();
        List<Observation> observations = new ArrayList<>(steps);
        int[] actions = new int[steps];
        double snap = 0;
        Observation obs = env.reset(0);
        Step step = null;
        for (int t = 0; t < steps; t++) {
            int cell = target.label(obs, env.columns(), env.rows());
            if (cell < 0) {
                throw new IllegalStateException(design + ": no legal cell for macro " + t + " of " + steps);
            }
            snap += target.distance(t, cell, env.columns(), env.rows());
            observations.add(obs);
            actions[t] = cell;
            step = env.step(cell);
            obs = step.observation();
        }
        if (step == null) {
            throw new IllegalArgumentException(design + ": no movable hard macro to imitate");
        }
        return new Demonstration(design, List.copyOf(observations), actions, step.result(), expertCost,
                snap / steps);
    }
}
