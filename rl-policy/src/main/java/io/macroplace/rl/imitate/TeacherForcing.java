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

    /**
     * @param settings the policy's environment settings ({@code PolicyConfig#environment()})
     * @param expert   a placement of {@code problem}'s netlist, e.g. a classical placer's
     * @param expertCost its proxy cost (reported beside the teacher-forced one)
     */
    public static Demonstration play(String design, PlacementProblem problem, EnvConfig settings, Placement expert,
                                     double expertCost) {
        PlacementEnv env = new PlacementEnv(problem, settings.withReward(EnvConfig.RewardMode.FINAL_PROXY));
        int[] order = env.order();
        int objects = problem.model().objectCount();
        double[] ex = new double[objects];
        double[] ey = new double[objects];
        problem.model().read(expert, ex, ey);
        double width = problem.canvas().width();
        double height = problem.canvas().height();
        double pitch = Math.hypot(width / env.columns(), height / env.rows());
        List<Observation> observations = new ArrayList<>(order.length);
        int[] actions = new int[order.length];
        double snap = 0;
        Observation obs = env.reset(0);
        Step step = null;
        for (int t = 0; t < order.length; t++) {
            int o = order[t];
            int cell = ExpertActions.nearestLegal(obs.legalMask(), env.columns(), env.rows(), width, height, ex[o], ey[o]);
            if (cell < 0) {
                throw new IllegalStateException(design + ": no legal cell for macro " + t + " of " + order.length);
            }
            double cx = (cell % env.columns() + 0.5) * width / env.columns();
            double cy = (cell / env.columns() + 0.5) * height / env.rows();
            snap += Math.hypot(cx - ex[o], cy - ey[o]) / pitch;
            observations.add(obs);
            actions[t] = cell;
            step = env.step(cell);
            obs = step.observation();
        }
        if (step == null) {
            throw new IllegalArgumentException(design + ": no movable hard macro to imitate");
        }
        return new Demonstration(design, List.copyOf(observations), actions, step.result(), expertCost,
                snap / order.length);
    }
}
