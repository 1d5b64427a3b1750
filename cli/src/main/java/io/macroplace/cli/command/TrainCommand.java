package io.macroplace.cli.command;

import io.macroplace.cli.CostOptions;
import io.macroplace.cli.DurationConverter;
import io.macroplace.cli.FlatDesigns;
import io.macroplace.cli.Imitation;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.LefOptions;
import io.macroplace.cli.OutputPaths;
import io.macroplace.cli.SampleDesign;
import io.macroplace.cli.TrainingOutputs;
import io.macroplace.cli.UserException;
import io.macroplace.cli.cluster.OptionValues;
import io.macroplace.cli.cluster.RolloutOptions;
import io.macroplace.cli.cluster.RolloutRequest;
import io.macroplace.cli.report.PngWriter;
import io.macroplace.env.mdp.PlacementEnv;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.cluster.ClusterConfig;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.rl.BackendInfo;
import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.RlConfig;
import io.macroplace.rl.imitate.DaggerConfig;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.ppo.DesignEnv;
import io.macroplace.rl.ppo.EpisodeCollector;
import io.macroplace.rl.train.IterationMetrics;
import io.macroplace.rl.train.PpoTrainer;
import io.macroplace.rl.train.TrainingListener;
import io.macroplace.rl.train.TrainingResult;
import io.macroplace.rl.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Train a placement policy with PPO (Deeplearning4j / ND4J).",
            "",
            "Several netlists train one policy (pre-training); --init fine-tunes a trained one.",
            "Checkpoints are written atomically after every iteration to POLICY.checkpoint.zip;",
            "--resume continues from it after a stop or crash. At the end (also on Ctrl-C or the",
            "time limit) writes POLICY.zip, POLICY.metrics.csv, POLICY.metrics.json and",
            "POLICY.curve.png. The ND4J backend and device are printed at start; --device cuda",
            "needs a build with -Pcuda (see README.md, \"Training on a GPU machine\").",
            "",
            "--imitate METHOD first clones a classical placer (behaviour cloning): METHOD places",
            "every training design (one thread, --seed, --expert-budget or --expert-moves each;",
            "cached as expert.METHOD.BUDGET.seedS.plc beside each corpus design, other netlists",
            "beside POLICY.zip, and reused), the placements are replayed in the policy's macro order, each macro on",
            "the legal action cell nearest the expert's, and the policy learns those actions",
            "(cross-entropy) and their return (value) for --epochs passes; then --iterations PPO",
            "iterations continue from the cloned policy (written to POLICY.cloned.zip), or none.",
            "--dagger-rounds N adds DAgger after the cloning epochs: each round the policy places",
            "every design itself (argmax), each state it visits is labelled with the expert's cell",
            "for that macro, and --dagger-epochs passes train on all data so far.",
            "",
            "--master collects the episodes on Apache Spark, in this process (local[N]) or on a",
            "cluster; the updates stay here (README.md, \"Apache Spark\"). Without it, no Spark.",
            "",
            "How long: the defaults (50 iterations on the sample design) took 19 minutes on a",
            "busy 2-core machine (0.6 GB of memory); --iterations or --time-limit bound a run.",
            "Network and PPO settings and their defaults: rl-policy/README.md."
        },
        footer = {"", "Examples:",
            "  macroplace train --iterations 20 --out out/sample-policy.zip",
            "  macroplace train --iterations 20 --master 'local[2]' --out out/policy.zip",
            "  macroplace train ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc \\",
            "      --time-limit 60m --out out/ariane-policy.zip",
            "  macroplace generate --corpus 24 --seed 1 --out corpus",
            "  macroplace train --corpus corpus --config designs/configs/pretrain.json \\",
            "      --time-limit 8h --out pretrained.zip",
            "  macroplace train --corpus corpus --imitate greedy+sa+cd --expert-budget 20s \\",
            "      --epochs 30 --iterations 0 --out cloned.zip",
            "  macroplace train --corpus corpus --imitate greedy+sa+cd --expert-budget 20s \\",
            "      --epochs 20 --dagger-rounds 2 --dagger-epochs 5 --iterations 0 \\",
            "      --out dagger.zip",
            "  macroplace place ../shared/designs/ariane133-ng45/netlist.pb.txt.gz \\",
            "      --plc ../shared/designs/ariane133-ng45/legalized.plc \\",
            "      --method rl+cd --policy out/ariane-policy.zip"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NETLIST", arity = "0..*",
            description = "designs to train on: CT netlists, Bookshelf .aux or DEF (.def[.gz], with --lef);"
                    + " flat ones are clustered first (default: the sample design)")
    List<Path> netlists = new ArrayList<>();

    @Mixin
    LefOptions lef;

    @Option(names = "--plc", paramLabel = "P", description = "placement and settings of each NETLIST, in order (repeatable)")
    List<Path> plcs = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "also train on every DIR/*/netlist.pb.txt.gz with the initial.plc beside it, e.g. a"
                    + " 'macroplace generate --corpus' folder (repeatable)")
    List<Path> corpora = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "POLICY.zip", required = true, description = "trained policy to write")
    Path out;

    @Option(names = {"-n", "--iterations"}, paramLabel = "N", description = "PPO iterations (default: ${DEFAULT-VALUE})")
    int iterations = 50;

    @Option(names = {"-t", "--time-limit"}, paramLabel = "T", converter = DurationConverter.class,
            description = "stop after this long, e.g. 30m (default: none)")
    Duration timeLimit;

    @Option(names = "--init", paramLabel = "POLICY.zip", description = "fine-tune this trained policy")
    Path init;

    @Option(names = "--resume", description = "continue from POLICY.checkpoint.zip")
    boolean resume;

    @Option(names = "--imitate", paramLabel = "METHOD",
            description = "first clone METHOD's placements of the training designs (behaviour cloning, above),"
                    + " e.g. greedy+sa+cd or sa")
    String imitate;

    @Option(names = "--expert-budget", paramLabel = "T", converter = DurationConverter.class,
            description = "--imitate: time limit of each expert placement (default: 20s; 1h with --expert-moves)")
    Duration expertBudget;

    // By the clock an expert depends on the machine's load; by move count it repeats for a seed.
    @Option(names = "--expert-moves", paramLabel = "N",
            description = "--imitate: the experts' sa anneals N moves, cooling by move count, so the experts and the"
                    + " cloned policy repeat exactly for a seed (the --expert-budget still stops it)")
    Long expertMoves;

    @Option(names = "--epochs", paramLabel = "N",
            description = "--imitate: cloning passes over the expert placements; 0 with --dagger-rounds: DAgger"
                    + " only, e.g. on an --init policy (default: ${DEFAULT-VALUE})")
    int epochs = 30;

    @Option(names = "--dagger-rounds", paramLabel = "N",
            description = "--imitate: DAgger rounds after the cloning epochs (above; default: ${DEFAULT-VALUE})")
    int daggerRounds;

    @Option(names = "--dagger-epochs", paramLabel = "N",
            description = "--imitate: passes over all data so far per DAgger round (default: ${DEFAULT-VALUE})")
    int daggerEpochs = 5;

    @Option(names = "--dagger-beta", paramLabel = "B",
            description = "--imitate: probability that the expert, not the policy, places a macro in a DAgger"
                    + " round's episodes (default: ${DEFAULT-VALUE})")
    double daggerBeta;

    @Option(names = "--config", paramLabel = "FILE.json", description = "network and PPO settings, naming only what changes (defaults: rl-policy/README.md)")
    Path config;

    // A checkpoint costs tens of milliseconds against seconds per iteration: by default a crash loses
    // at most the iteration in progress (a stop by Ctrl-C or the time limit loses nothing).
    @Option(names = "--checkpoint-every", paramLabel = "K",
            description = "iterations between checkpoints, and always at the end (default: ${DEFAULT-VALUE})")
    int checkpointEvery = 1;

    @Option(names = "--device", paramLabel = "DEV", description = "cpu or cuda: checked against the build's backend (default: ${DEFAULT-VALUE})")
    String device = "cpu";

    @Option(names = {"-s", "--seed"}, paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = {"-q", "--quiet"}, description = "one line per iteration only when not on a terminal; no summary")
    boolean quiet;

    @Mixin
    CostOptions costOptions;

    @Mixin
    RolloutOptions rollouts;

    /** The designs' files, in training order (Spark executors read them again). */
    private final List<RolloutRequest.Design> sources = new ArrayList<>();
    /** The designs' problems, in training order (--imitate's experts place them). */
    private final List<PlacementProblem> problems = new ArrayList<>();
    /** How many of the designs (the first ones) are corpus members. */
    private int corpusDesigns;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        OutputPaths.checkFile(out, "--out");
        rollouts.check();
        if (imitate != null && resume) {
            throw new UserException("--imitate starts a run and --resume continues one: give one of them");
        }
        requireImitateFor("--expert-budget", "--expert-moves", "--epochs", "--dagger-rounds", "--dagger-epochs",
                "--dagger-beta");
        Imitation.Expert expert = imitate == null ? null : expert(); // its options checked before any work
        DaggerConfig dagger = dagger();
        PngWriter.warmUp(); // the training curve is written after Ctrl-C too
        BackendInfo backend = BackendInfo.current();
        checkDevice(backend);
        o.println("backend: " + backend.summary());
        o.flush();

        List<DesignEnv> designs = designs();
        Path checkpoint = TrainingOutputs.beside(out, ".checkpoint.zip");
        PpoTrainer trainer;
        if (resume) {
            if (!Files.isRegularFile(checkpoint)) {
                throw new UserException(checkpoint + ": no checkpoint to resume from");
            }
            trainer = PpoTrainer.resume(checkpoint, designs);
            o.printf("resuming at iteration %d from %s%n", trainer.state().iteration(), checkpoint);
        } else {
            RlConfig rl = config == null ? RlConfig.defaults() : ConfigJson.read(config);
            rl = rl.withPpo(rl.ppo().withSeed(seed));
            PolicyNetwork start = init == null ? null : PolicyIo.load(init);
            if (imitate != null) {
                start = clone(expert, dagger, rl, start, designs, o);
                if (iterations == 0) {
                    PolicyIo.save(start, out);
                    o.printf("wrote %s%n", out);
                    o.flush();
                    return 0;
                }
                Path cloned = TrainingOutputs.beside(out, ".cloned.zip");
                PolicyIo.save(start, cloned);
                o.printf("wrote %s; PPO continues from it%n", cloned);
            }
            trainer = start == null ? PpoTrainer.create(rl, designs) : PpoTrainer.fineTune(rl, designs, start);
        }
        EpisodeCollector cluster = rollouts.collector(trainer, sources, OptionValues.args(costOptions));
        if (cluster != null) {
            trainer.withCollector(cluster);
            o.println("rollouts: on Spark, " + rollouts.master());
        }
        o.flush();

        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch written = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            try {
                written.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "macroplace-train-sigint");
        Runtime.getRuntime().addShutdownHook(hook);
        TrainingResult result;
        try {
            TrainingRun run = new TrainingRun(iterations, timeLimit, checkpoint, checkpointEvery, cancel);
            try (Listener listener = new Listener(o, quiet)) {
                result = trainer.train(run, listener);
            }
            PolicyIo.save(result.policy(), out);
            List<IterationMetrics> metrics = result.metrics();
            TrainingOutputs.writeCsv(TrainingOutputs.beside(out, ".metrics.csv"), metrics);
            TrainingOutputs.writeJson(TrainingOutputs.beside(out, ".metrics.json"), metrics);
            if (!metrics.isEmpty()) {
                TrainingOutputs.writeCurve(TrainingOutputs.beside(out, ".curve.png"),
                        "PPO training: " + String.join(", ", designs.stream().map(DesignEnv::name).toList()), metrics);
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running and waited for the outputs above
            }
        }
        o.printf("stopped: %s after iteration %d%n", result.reason().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                trainer.state().iteration());
        result.best().forEach((design, best) -> o.printf(Locale.ROOT,
                "best proxy cost on %s: %.6f (iteration %d)%n", design, best.proxyCost(), best.iteration()));
        o.printf("wrote %s (and .metrics.csv, .metrics.json, .curve.png; checkpoint %s)%n", out, checkpoint);
        o.flush();
        return 0;
    }

    /** --imitate's experts from the options (and --epochs checked). */
    private Imitation.Expert expert() {
        if (epochs < 0 || epochs == 0 && daggerRounds < 1) {
            throw new UserException("--epochs must be at least 1 (0 only with --dagger-rounds)");
        }
        if (expertMoves != null && expertMoves < 1) {
            throw new UserException("--expert-moves must be at least 1");
        }
        Duration budget = expertBudget != null ? expertBudget
                : expertMoves != null ? Duration.ofHours(1) : Duration.ofSeconds(20);
        if (budget.isZero() || budget.isNegative()) {
            throw new UserException("--expert-budget must be positive");
        }
        return new Imitation.Expert(imitate, budget, expertMoves, seed);
    }

    /** Options that only mean something with --imitate are refused without it, not ignored. */
    private void requireImitateFor(String... options) {
        if (imitate != null) {
            return;
        }
        for (String option : options) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new UserException(option + " needs --imitate (it sets the imitation of an expert)");
            }
        }
    }

    /** The DAgger options, checked before any work (without --imitate they are refused above). */
    private DaggerConfig dagger() {
        if (daggerRounds < 0) {
            throw new UserException("--dagger-rounds must be at least 0");
        }
        if (daggerEpochs < 1) {
            throw new UserException("--dagger-epochs must be at least 1");
        }
        if (!(daggerBeta >= 0 && daggerBeta <= 1)) {
            throw new UserException("--dagger-beta must be between 0 and 1");
        }
        return new DaggerConfig(daggerRounds, daggerEpochs, daggerBeta, seed);
    }

    /** --imitate: the behaviour-cloned policy, from {@code start} or a fresh network of the config. */
    private PolicyNetwork clone(Imitation.Expert expert, DaggerConfig dagger, RlConfig rl, PolicyNetwork start, List<DesignEnv> designs,
                                PrintWriter o) throws IOException {
        PolicyNetwork net = start;
        if (net == null) {
            int features = designs.get(0).factory().apply(rl.policy().environment()).graph().featureCount();
            net = PolicyNetwork.create(rl.policy(), features, seed);
        }
        String file = expert.fileName();
        List<Imitation.Member> members = new ArrayList<>();
        for (int i = 0; i < designs.size(); i++) {
            RolloutRequest.Design src = sources.get(i);
            Path cache = i < corpusDesigns ? src.netlist().resolveSibling(file) // designs() puts them first
                    : TrainingOutputs.beside(out, "." + src.name() + "." + file);
            members.add(new Imitation.Member(src.name(), problems.get(i), designs.get(i), cache));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        Thread hook = new Thread(() -> cancel.set(true), "macroplace-imitate-sigint");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            new Imitation(o, quiet).run(net, members, expert, epochs, dagger, cancel);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM exits after this epoch without writing the policy
            }
        }
        return net;
    }

    private void checkDevice(BackendInfo backend) {
        String want = device.toLowerCase(Locale.ROOT);
        boolean cudaBuild = backend.backend().toLowerCase(Locale.ROOT).contains("cuda");
        if (!want.equals("cpu") && !want.equals("cuda")) {
            throw new IllegalArgumentException("--device takes cpu or cuda, not \"" + device + "\"");
        }
        if (want.equals("cuda") && !cudaBuild) {
            throw new UserException("--device cuda: this build has the CPU backend (" + backend.backend()
                    + "); rebuild with 'mvn -Pcuda -DskipTests package' on the GPU machine");
        }
        if (want.equals("cpu") && cudaBuild) {
            throw new UserException("--device cpu: this build has the CUDA backend; rebuild without -Pcuda");
        }
    }

    private List<DesignEnv> designs() throws Exception {
        List<Path> files = new ArrayList<>(netlists);
        List<Path> placements = new ArrayList<>(plcs);
        if (placements.size() > files.size()) {
            throw new IllegalArgumentException("more --plc files (" + placements.size() + ") than netlists (" + files.size() + ")");
        }
        List<DesignEnv> designs = new ArrayList<>();
        for (Path dir : corpora) {
            List<Path> members = corpusMembers(dir);
            for (Path netlist : members) {
                designs.add(design(netlist, netlist.resolveSibling("initial.plc"), List.of(),
                        dir.getFileName() + "/" + netlist.getParent().getFileName()));
            }
        }
        corpusDesigns = designs.size();
        if (files.isEmpty() && designs.isEmpty()) {
            files.add(SampleDesign.netlist());
            if (placements.isEmpty()) {
                placements.add(SampleDesign.plc());
            }
        }
        for (int i = 0; i < files.size(); i++) {
            designs.add(design(files.get(i), i < placements.size() ? placements.get(i) : null, lef.files,
                    Layouts.designName(files.get(i))));
        }
        return designs;
    }

    private DesignEnv design(Path netlist, Path plc, List<Path> lefFiles, String name) throws Exception {
        FlatDesigns.Prepared p = FlatDesigns.prepare(DesignReader.read(netlist, plc, lefFiles), costOptions,
                ClusterConfig.defaults());
        if (p.clustering() != null) {
            spec.commandLine().getOut().println(name + ": " + FlatDesigns.summary(p.clustering().report()));
        }
        PlacementProblem problem = problem(p);
        sources.add(new RolloutRequest.Design(name, netlist, plc, lefFiles));
        problems.add(problem);
        return new DesignEnv(name, settings -> new PlacementEnv(problem, settings));
    }

    /** A design's problem as training sees it (also on Spark executors, from the same files and options). */
    public static PlacementProblem problem(Path netlist, Path plc, List<Path> lefFiles, CostOptions options)
            throws Exception {
        return problem(FlatDesigns.prepare(DesignReader.read(netlist, plc, lefFiles), options,
                ClusterConfig.defaults()));
    }

    private static PlacementProblem problem(FlatDesigns.Prepared p) {
        Design d = p.design();
        return PlacementProblem.of(d.netlist(), p.settings(), d.plc().placement());
    }

    /** The member netlists of a corpus folder (one per sub-folder, with its initial.plc), by name. */
    static List<Path> corpusMembers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserException(dir + ": --corpus needs a folder (as 'macroplace generate --corpus' writes)");
        }
        List<Path> members;
        try (var sub = Files.list(dir)) {
            members = sub.filter(Files::isDirectory).map(d -> d.resolve("netlist.pb.txt.gz"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
        if (members.isEmpty()) {
            throw new UserException(dir + ": no */netlist.pb.txt.gz in this corpus folder");
        }
        for (Path m : members) {
            if (!Files.isRegularFile(m.resolveSibling("initial.plc"))) {
                throw new UserException(m.resolveSibling("initial.plc") + ": missing (every corpus design needs one)");
            }
        }
        return members;
    }

    /**
     * On a terminal a progress bar (iteration, mean return, best proxy cost); otherwise one line per
     * iteration, the log that scripts and CI keep.
     */
    private final class Listener implements TrainingListener, AutoCloseable {
        private final PrintWriter out;
        private final boolean quiet;
        private final ProgressBar bar;

        Listener(PrintWriter out, boolean quiet) {
            this.out = out;
            this.quiet = quiet;
            this.bar = quiet || System.console() == null ? null : new ProgressBarBuilder()
                    .setTaskName("train")
                    .setInitialMax(iterations)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .build();
        }

        @Override
        public void onIteration(IterationMetrics m) {
            if (bar != null) {
                bar.stepTo(m.iteration());
                bar.setExtraMessage(String.format(Locale.ROOT, "return %.4f best %.5f", m.meanReturn(), m.bestProxyCost()));
                return;
            }
            if (quiet) {
                return;
            }
            out.printf(Locale.ROOT, "iter %4d  return %9.5f  proxy %.5f  best %.5f  entropy %.3f  kl %.4f  %5.1f steps/s  %.1f s%n",
                    m.iteration(), m.meanReturn(), m.meanProxyCost(), m.bestProxyCost(), m.entropy(), m.approxKl(),
                    m.envStepsPerSecond(), m.seconds());
            out.flush();
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }

        @Override
        public void onCheckpoint(Path file, int iteration) {
            if (!quiet && bar == null) {
                out.printf("checkpoint %s (iteration %d)%n", file, iteration);
                out.flush();
            }
        }
    }
}
