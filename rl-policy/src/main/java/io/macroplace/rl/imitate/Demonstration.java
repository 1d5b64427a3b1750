package io.macroplace.rl.imitate;

import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.mdp.Observation;

import java.util.List;

/**
 * An expert placement replayed in the environment with teacher forcing: the observations the
 * policy sees and the expert's action at each step (see {@link TeacherForcing}).
 *
 * @param design       the design's name
 * @param observations the observation before each step
 * @param actions      the expert's action cell at each step
 * @param result       the teacher-forced episode's placement and proxy cost (the expert snapped to
 *                     the action grid, soft macros re-placed by the environment)
 * @param expertCost   the expert placement's own proxy cost
 * @param meanSnap     mean distance between an expert macro centre and its action cell centre,
 *                     in action-cell diagonals (0 when the expert's centre is legal
 *                     and on a cell centre)
 */
public record Demonstration(String design, List<Observation> observations, int[] actions, EpisodeResult result,
                            double expertCost, double meanSnap) {
    public int length() {
        return actions.length;
    }

    /** The episode's return under Circuit Training's reward: minus the teacher-forced proxy cost. */
    public double episodeReturn() {
        return -result.proxyCost();
    }
}
