package io.macroplace.rl.imitate;

import io.macroplace.env.mdp.MacroPlacementEnv;
import io.macroplace.env.mdp.Observation;
import io.macroplace.env.mdp.Step;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.net.PolicyOutput;
import io.macroplace.rl.ppo.ActionSampler;
import io.macroplace.rl.ppo.OffHeap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * DAgger's data: one episode in which the policy (argmax), or with probability {@code beta} per
 * step the expert, picks the action, every visited state labelled with the expert's action there
 * ({@link ExpertPositions#label}, the labelling of teacher forcing). So the policy learns what the
 * expert would do in the states its own mistakes lead to, which teacher forcing never shows it.
 *
 * @param demonstration the visited observations with the expert's labels; its result is the
 *                      rolled-out episode's (its return, the value target, is minus that cost) and
 *                      its mean snap the labels' distance to the expert's centres
 * @param deviation     mean distance from the cell the episode took to the expert's centre of that
 *                      macro, in action-cell diagonals (teacher forcing's is its mean snap)
 */
public record LabelledRollout(Demonstration demonstration, double deviation) {

    /**
     * Plays one episode on {@code env} (the policy's settings; reset with seed 0, as teacher forcing).
     *
     * @param inputs {@code policy.inputs(env)}
     * @param rng    draws the expert-or-policy choice of each step; unused when {@code beta} is 0
     */
    public static LabelledRollout play(String design, PolicyNetwork policy, GraphInputs inputs, MacroPlacementEnv env,
                                       ExpertPositions expert, double expertCost, double beta, Random rng) {
        if (!(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("beta must be in [0, 1], not " + beta);
        }
        if (expert.steps() == 0 || expert.steps() != env.episodeLength()) {
            throw new IllegalArgumentException(design + ": the expert has " + expert.steps() + " macros, the episode "
                    + env.episodeLength());
        }
        int columns = env.columns();
        int rows = env.rows();
        PolicyNetwork.Encoding encoding = policy.encode(inputs);
        List<Observation> observations = new ArrayList<>(expert.steps());
        int[] labels = new int[expert.steps()];
        int n = 0;
        double snap = 0;
        double deviation = 0;
        int steps = 0;
        Step step;
        try {
            Observation obs = env.reset(0);
            do {
                int label = expert.label(obs, columns, rows);
                int action;
                if (beta > 0 && label >= 0 && rng.nextDouble() < beta) {
                    action = label;
                } else {
                    PolicyOutput out = policy.evaluate(encoding, List.of(obs));
                    action = ActionSampler.argmax(out.logp().toDoubleVector(), obs.legalMask());
                    out.logp().close();
                    out.value().close();
                    OffHeap.collectIfGrown();
                }
                if (label >= 0) {
                    observations.add(obs);
                    labels[n++] = label;
                    snap += expert.distance(obs.step(), label, columns, rows);
                }
                deviation += expert.distance(obs.step(), action, columns, rows);
                steps++;
                step = env.step(action);
                obs = step.observation();
            } while (!step.done());
        } finally {
            encoding.nodeEmbedding().close();
        }
        Demonstration demo = new Demonstration(design, List.copyOf(observations), Arrays.copyOf(labels, n),
                step.result(), expertCost, n == 0 ? 0 : snap / n);
        return new LabelledRollout(demo, deviation / steps);
    }
}
