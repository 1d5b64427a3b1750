package io.macroplace.rl.imitate;

import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.DesignEnv;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * DAgger (Ross, Gordon and Bagnell 2011) on top of behaviour cloning: each round rolls the current
 * policy out on every training design ({@link LabelledRollout}), labels each state it visits with
 * the expert's action, adds these to all the data so far (the teacher-forced demonstrations
 * included) and trains {@link DaggerConfig#epochs()} more cloning epochs on the aggregate, with the
 * same optimiser, so its Adam moments carry over. Teacher forcing alone shows the policy only the
 * expert's states; one early mistake in its own episode leads to states it never learnt.
 */
public final class Dagger {

    /**
     * One training design.
     *
     * @param env            its environment factory (built with the policy's settings)
     * @param inputs         the design's graph tensors ({@code policy.inputs(env)})
     * @param expert         the expert's macro centres in the policy's order
     * @param expertCost     the expert placement's proxy cost
     * @param demonstrations its data before the first round (the teacher-forced demonstration)
     */
    public record Member(DesignEnv env, GraphInputs inputs, ExpertPositions expert, double expertCost,
                         List<Demonstration> demonstrations) {
    }

    /**
     * A round's rollouts, before its training: means over the designs.
     *
     * @param cost      proxy cost of the rolled-out episodes
     * @param deviation distance from each taken cell to the expert's centre, in action-cell diagonals
     * @param added     labelled states this round added
     * @param samples   all labelled states the round trains on
     */
    public record RoundStats(int round, double cost, double deviation, int added, int samples, double seconds) {
    }

    /** Progress of {@link #run}. */
    public interface Listener {
        void onRound(RoundStats stats);

        /** After each training epoch of round {@code round}; return false to stop. */
        boolean onEpoch(int round, BehaviourCloning.EpochStats stats);
    }

    private final PolicyNetwork policy;
    private final BehaviourCloning cloning;
    private final DaggerConfig config;

    /** @param cloning the cloning that trained {@code policy} (its optimiser state continues), or a new one */
    public Dagger(PolicyNetwork policy, BehaviourCloning cloning, DaggerConfig config) {
        this.policy = policy;
        this.cloning = cloning;
        this.config = config;
    }

    /** Runs the rounds (fewer if the listener stops); returns each round's rollout stats. */
    public List<RoundStats> run(List<Member> members, Listener listener) {
        List<List<Demonstration>> data = new ArrayList<>();
        int samples = 0;
        for (Member m : members) {
            data.add(new ArrayList<>(m.demonstrations()));
            samples += m.demonstrations().stream().mapToInt(Demonstration::length).sum();
        }
        List<RoundStats> history = new ArrayList<>();
        for (int round = 1; round <= config.rounds(); round++) {
            long start = System.nanoTime();
            Random rng = new Random(mix(config.seed(), round));
            double cost = 0;
            double deviation = 0;
            int added = 0;
            for (int d = 0; d < members.size(); d++) {
                Member m = members.get(d);
                LabelledRollout r = LabelledRollout.play(m.env().name(), policy, m.inputs(),
                        m.env().factory().apply(policy.config().environment()), m.expert(), m.expertCost(),
                        config.beta(), rng);
                data.get(d).add(r.demonstration());
                cost += r.demonstration().result().proxyCost();
                deviation += r.deviation();
                added += r.demonstration().length();
            }
            samples += added;
            RoundStats stats = new RoundStats(round, cost / members.size(), deviation / members.size(), added, samples,
                    (System.nanoTime() - start) / 1e9);
            history.add(stats);
            listener.onRound(stats);
            List<BehaviourCloning.Design> designs = new ArrayList<>();
            for (int d = 0; d < members.size(); d++) {
                designs.add(new BehaviourCloning.Design(members.get(d).inputs(), List.copyOf(data.get(d))));
            }
            final int r = round;
            boolean[] stopped = {false};
            cloning.train(designs, config.epochs(), mix(config.seed(), -round), s -> {
                boolean go = listener.onEpoch(r, s);
                stopped[0] = !go;
                return go;
            });
            if (stopped[0]) {
                break;
            }
        }
        return history;
    }

    /** A well-spread seed per round (SplitMix64's finaliser over seed and round). */
    static long mix(long seed, long round) {
        long z = seed * 0x9E3779B97F4A7C15L + round;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
