package io.macroplace.cli;

import io.macroplace.env.mdp.EnvConfig;
import io.macroplace.env.mdp.EpisodeResult;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.plc.PlcReader;
import io.macroplace.netlist.plc.PlcWriter;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.ProgressListener;
import io.macroplace.place.registry.MethodOptions;
import io.macroplace.rl.imitate.BehaviourCloning;
import io.macroplace.rl.imitate.Dagger;
import io.macroplace.rl.imitate.DaggerConfig;
import io.macroplace.rl.imitate.Demonstration;
import io.macroplace.rl.imitate.ImitationConfig;
import io.macroplace.rl.imitate.TeacherForcing;
import io.macroplace.rl.net.GraphInputs;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.place.RlPlacer;
import io.macroplace.rl.ppo.DesignEnv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code train --imitate}: expert placements of the training designs by a classical placer (cached
 * as .plc files and reused), replayed with teacher forcing, then behaviour cloning of the policy on
 * them and optionally DAgger rounds, with one progress line per expert, per round and per epoch.
 */
public final class Imitation {

    /**
     * One training design.
     *
     * @param expertFile where its expert placement is cached
     */
    public record Member(String name, PlacementProblem problem, DesignEnv env, Path expertFile) {
    }

    /**
     * How the expert placements are made.
     *
     * @param method  the classical placer, e.g. greedy+sa+cd
     * @param budget  each placement's time limit
     * @param saMoves sa's move budget (cooling by move count, so the placement repeats for a seed),
     *                or null to anneal by the clock
     * @param seed    the placer's seed (also the cloning's shuffle seed)
     */
    public record Expert(String method, Duration budget, Long saMoves, long seed) {

        /**
         * The cache file name: expert.METHOD.BUDGET.seedS.plc, e.g. expert.greedy+sa+cd.20s.seed1.plc,
         * or with a move budget expert.greedy+sa+cd.2000000moves.seed1.plc.
         */
        public String fileName() {
            String b = saMoves != null ? saMoves + "moves"
                    : budget.toMillis() % 1000 == 0 ? budget.toSeconds() + "s" : budget.toMillis() + "ms";
            return "expert." + method + "." + b + ".seed" + seed + ".plc";
        }

        Placer placer() {
            return Methods.placer(method, MethodOptions.defaults().withSaMoves(saMoves).withThreads(1));
        }
    }

    private final PrintWriter out;
    private final boolean quiet;

    public Imitation(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /**
     * Clones the expert's placements into {@code net} (in place): {@code epochs} teacher-forced
     * epochs (0 = none), then {@code dagger}'s rounds.
     *
     * @param cancel set (Ctrl-C) to stop after the current epoch
     */
    public void run(PolicyNetwork net, List<Member> members, Expert expert, int epochs, DaggerConfig dagger,
                    AtomicBoolean cancel) throws IOException {
        String method = expert.method();
        long seed = expert.seed();
        Placer placer = expert.placer();
        EnvConfig settings = net.config().environment();
        List<BehaviourCloning.Design> designs = new ArrayList<>();
        List<Dagger.Member> daggerMembers = new ArrayList<>();
        double expertSum = 0;
        double forcedSum = 0;
        for (Member m : members) {
            if (cancel.get()) {
                throw new UserException("stopped while computing expert placements (they are cached: run again)");
            }
            boolean cached = Files.isRegularFile(m.expertFile());
            Placement placement;
            double cost;
            if (cached) {
                placement = PlcReader.read(m.expertFile(), m.problem().netlist()).placement();
                cost = m.problem().evaluator().evaluate(placement).proxy();
            } else {
                PlacementResult r = placer.place(m.problem(), seed, expert.budget(), ProgressListener.NONE);
                if (!r.legal()) {
                    throw new UserException(m.name() + ": the expert " + method + " placement is not legal: "
                            + r.legality());
                }
                placement = r.placement();
                cost = r.costs().proxy();
                write(m, r.costs(), placement);
            }
            Demonstration demo = TeacherForcing.play(m.name(), m.problem(), settings, placement, cost);
            expertSum += cost;
            forcedSum += demo.result().proxyCost();
            GraphInputs inputs = net.inputs(m.env().factory().apply(settings));
            designs.add(new BehaviourCloning.Design(inputs, List.of(demo)));
            if (dagger.rounds() > 0) { // only DAgger labels with the expert's centres
                daggerMembers.add(new Dagger.Member(m.env(), inputs, TeacherForcing.positions(m.problem(), settings,
                        placement), cost, List.of(demo)));
            }
            if (!quiet) {
                out.printf(Locale.ROOT, "expert %-28s %s %.4f%s  teacher-forced %.4f  snap %.2f cells  %d steps%n",
                        m.name(), method, cost, cached ? " (cached)" : "", demo.result().proxyCost(), demo.meanSnap(),
                        demo.length());
                out.flush();
            }
        }
        int n = members.size();
        out.printf(Locale.ROOT, "experts: mean proxy cost %.4f, teacher-forced on the action grid %.4f (%d designs)%n",
                expertSum / n, forcedSum / n, n);
        out.flush();
        double before = argmaxMean(net, members, settings);
        ImitationConfig config = ImitationConfig.defaults().withEpochs(Math.max(1, epochs)).withSeed(seed);
        BehaviourCloning cloning = new BehaviourCloning(net, config);
        if (epochs > 0) {
            cloning.train(designs, s -> epoch("clone", s, epochs, cancel));
        }
        if (dagger.rounds() > 0 && !cancel.get()) {
            new Dagger(net, cloning, dagger).run(daggerMembers, new Dagger.Listener() {
                @Override
                public void onRound(Dagger.RoundStats s) {
                    String episodes = dagger.beta() > 0 ? "the policy's argmax episodes, the expert's cell at "
                            + String.format(Locale.ROOT, "%.0f %%", 100 * dagger.beta()) + " of steps"
                            : "the policy's argmax episodes";
                    out.printf(Locale.ROOT, "dagger round %d/%d: %s: mean proxy cost %.4f,"
                                    + " %.2f cells from the expert's macros; %d states labelled, %d samples in all  %.1f s%n",
                            s.round(), dagger.rounds(), episodes, s.cost(), s.deviation(), s.added(), s.samples(),
                            s.seconds());
                    out.flush();
                }

                @Override
                public boolean onEpoch(int round, BehaviourCloning.EpochStats s) {
                    return epoch("dagger " + round, s, dagger.epochs(), cancel);
                }
            });
        }
        double after = argmaxMean(net, members, settings);
        out.printf(Locale.ROOT, "cloned: argmax episode mean proxy cost %.4f (before cloning %.4f, experts %.4f)%n",
                after, before, expertSum / n);
        out.flush();
    }

    private boolean epoch(String what, BehaviourCloning.EpochStats s, int epochs, AtomicBoolean cancel) {
        if (!quiet) {
            out.printf(Locale.ROOT, "%s %3d/%d  cross-entropy %.4f  value loss %.5f  agreement %5.1f %%  %d samples"
                            + "  %.1f s%n", what, s.epoch(), epochs, s.crossEntropy(), s.valueLoss(), 100 * s.agreement(),
                    s.samples(), s.seconds());
            out.flush();
        }
        return !cancel.get();
    }

    private static double argmaxMean(PolicyNetwork net, List<Member> members, EnvConfig settings) {
        double sum = 0;
        for (Member m : members) {
            EpisodeResult r = new RlPlacer(net).greedy(m.env().factory().apply(settings));
            sum += r.proxyCost();
        }
        return sum / members.size();
    }

    private static void write(Member m, Costs costs, Placement placement) throws IOException {
        Files.createDirectories(m.expertFile().toAbsolutePath().getParent());
        PlcFile plc = new PlcFile(PlcOutput.header(m.problem().settings(), costs, m.name(), false), placement);
        AtomicFiles.writeText(m.expertFile(), w -> PlcWriter.write(w, m.problem().netlist(), plc));
    }
}
