package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train → its outputs → --resume → place --method rl+cd with the policy, end to end on a tiny design. */
class TrainCommandTest {

    @Test
    void trainResumeAndPlaceWithThePolicy(@TempDir Path dir) throws Exception {
        Path design = dir.resolve("d");
        CliRun gen = CliRun.of("generate", "--hard-macros", "6", "--soft-macros", "12", "--ports", "8",
                "--seed", "3", "--out", design.toString());
        assertEquals(0, gen.exitCode(), gen.err());
        String netlist = design.resolve("netlist.pb.txt.gz").toString();
        String plc = design.resolve("initial.plc").toString();
        Path config = dir.resolve("small.json");
        Files.writeString(config, """
                {"policy": {"gnnLayers": 2, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8},
                 "ppo": {"episodesPerIteration": 4, "minibatchSize": 16, "epochs": 1}}
                """);
        Path policy = dir.resolve("p.zip");

        CliRun train = CliRun.of("train", netlist, "--plc", plc, "--config", config.toString(), "--iterations", "2",
                "--checkpoint-every", "1", "--out", policy.toString(), "--quiet");
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(train.out().startsWith("backend: CpuBackend (CPU, "), train.out());
        assertTrue(train.out().contains("stopped: iterations after iteration 2"), train.out());
        for (String f : new String[] {"p.zip", "p.checkpoint.zip", "p.metrics.csv", "p.metrics.json", "p.curve.png"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        List<String> csv = Files.readAllLines(dir.resolve("p.metrics.csv"));
        assertEquals(3, csv.size(), "header and one row per iteration");
        assertTrue(csv.get(0).startsWith("iteration,episodes,mean_return,mean_proxy_cost,best_proxy_cost"), csv.get(0));
        JsonNode metrics = Json.MAPPER.readTree(dir.resolve("p.metrics.json").toFile());
        assertEquals(2, metrics.size());
        assertEquals(1, metrics.get(0).get("iteration").asInt());
        assertEquals(4, metrics.get(0).get("episodes").asInt());
        double best = metrics.get(1).get("bestProxyCost").asDouble();
        assertTrue(best > 0 && best <= metrics.get(0).get("bestProxyCost").asDouble(), "best so far never rises");
        BufferedImage curve = ImageIO.read(dir.resolve("p.curve.png").toFile());
        assertNotNull(curve);
        assertTrue(curve.getWidth() > 100 && curve.getHeight() > 100);

        CliRun resumed = CliRun.of("train", netlist, "--plc", plc, "--iterations", "3", "--resume",
                "--out", policy.toString(), "--quiet");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().contains("resuming at iteration 2 from " + dir.resolve("p.checkpoint.zip")),
                resumed.out());
        assertEquals(4, Files.readAllLines(dir.resolve("p.metrics.csv")).size(), "the resumed run's metrics continue");

        Path out = dir.resolve("placed");
        CliRun place = CliRun.of("place", netlist, "--plc", plc, "--method", "rl+cd", "--policy", policy.toString(),
                "--samples", "2", "--time-limit", "20s", "--out", out.toString(), "--quiet");
        assertEquals(0, place.exitCode(), place.err());
        JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
        assertTrue(report.get("legal").asBoolean());
        assertEquals("rl-best-of-3+cd", report.get("method").asText()); // greedy episode + 2 samples
        JsonNode cost = Json.MAPPER.readTree(CliRun.of("cost", netlist, "--plc", out.resolve("placement.plc").toString(),
                "--json").out());
        assertEquals(report.get("proxy_cost").asDouble(), cost.get("proxy_cost").asDouble(), 1e-9);
    }

    @Test
    void imitateWritesAndReusesTheExpertAndThePolicyPlaces(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        generateSmallDesign(3, corpus.resolve("a"));
        Path config = smallNetworkConfig(dir);
        Path policy = dir.resolve("cloned.zip");
        String[] args = {"train", "--corpus", corpus.toString(), "--config", config.toString(), "--imitate", "greedy",
            "--expert-budget", "5s", "--epochs", "2", "--iterations", "0", "--out", policy.toString()};
        CliRun train = CliRun.of(args);
        assertEquals(0, train.exitCode(), train.err());
        Path expert = corpus.resolve("a/expert.greedy.5s.seed1.plc");
        assertTrue(Files.isRegularFile(expert), train.out());
        assertTrue(train.out().contains("expert corpus/a"), train.out());
        assertTrue(train.out().contains("clone   2/2  cross-entropy"), train.out());
        assertTrue(Files.isRegularFile(policy));
        CliRun again = CliRun.of(args);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("(cached)"), again.out());

        Path out = dir.resolve("placed");
        CliRun place = CliRun.of("place", corpus.resolve("a/netlist.pb.txt.gz").toString(), "--plc",
                corpus.resolve("a/initial.plc").toString(), "--method", "rl", "--policy", policy.toString(),
                "--out", out.toString(), "--quiet");
        assertEquals(0, place.exitCode(), place.err());
        assertTrue(Json.MAPPER.readTree(out.resolve("report.json").toFile()).get("legal").asBoolean());

        CliRun both = CliRun.of("train", "--corpus", corpus.toString(), "--imitate", "greedy", "--resume",
                "--out", policy.toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("--imitate starts a run and --resume continues one"), both.err());
    }

    @Test
    void expertsByMoveCountRepeatForASeedAndDifferAcrossSeeds(@TempDir Path dir) throws Exception {
        generateSmallDesign(4, dir.resolve("c1/a"));
        Path config = smallNetworkConfig(dir);
        for (String copy : new String[] {"c2", "c3"}) {
            Files.createDirectories(dir.resolve(copy + "/a"));
            for (String f : new String[] {"netlist.pb.txt.gz", "initial.plc"}) {
                Files.copy(dir.resolve("c1/a/" + f), dir.resolve(copy + "/a/" + f));
            }
        }
        String[] seeds = {"1", "1", "2"};
        for (int i = 0; i < 3; i++) {
            CliRun train = CliRun.of("train", "--corpus", dir.resolve("c" + (i + 1)).toString(), "--config",
                    config.toString(), "--imitate", "sa", "--expert-moves", "20000", "--epochs", "1", "--iterations",
                    "0", "--seed", seeds[i], "--out", dir.resolve("p" + i + ".zip").toString(), "--quiet");
            assertEquals(0, train.exitCode(), train.err());
        }
        String first = Files.readString(dir.resolve("c1/a/expert.sa.20000moves.seed1.plc"));
        String again = Files.readString(dir.resolve("c2/a/expert.sa.20000moves.seed1.plc"));
        String other = Files.readString(dir.resolve("c3/a/expert.sa.20000moves.seed2.plc"));
        assertEquals(placementLines(first), placementLines(again), "same seed and move budget: the same expert");
        assertTrue(!placementLines(first).equals(placementLines(other)), "another seed anneals another way");
    }

    @Test
    void daggerRoundsFollowTheCloningEpochs(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        generateSmallDesign(3, corpus.resolve("a"));
        Path policy = dir.resolve("dagger.zip");
        CliRun train = CliRun.of("train", "--corpus", corpus.toString(), "--config", smallNetworkConfig(dir).toString(),
                "--imitate", "greedy", "--expert-budget", "5s", "--epochs", "1", "--dagger-rounds", "2",
                "--dagger-epochs", "1", "--iterations", "0", "--out", policy.toString());
        assertEquals(0, train.exitCode(), train.err());
        String out = train.out();
        assertTrue(out.contains("clone   1/1  cross-entropy"), out);
        // the teacher-forced episode has 6 states; each round adds the policy's own 6
        assertTrue(out.contains("6 states labelled, 12 samples in all"), out);
        assertTrue(out.contains("dagger round 2/2") && out.contains("6 states labelled, 18 samples in all"), out);
        assertTrue(out.contains("dagger 2   1/1  cross-entropy") && out.contains("18 samples"), out);
        assertTrue(Files.isRegularFile(policy));
    }

    @Test
    void daggerOptionsAreCheckedBeforeAnyDesignIsLoaded(@TempDir Path dir) {
        String missing = dir.resolve("no-such-corpus").toString();
        String out = dir.resolve("p.zip").toString();
        String[][] bad = {
            {"--imitate", "greedy", "--dagger-rounds", "-1"},
            {"--imitate", "greedy", "--dagger-rounds", "1", "--dagger-epochs", "0"},
            {"--imitate", "greedy", "--dagger-rounds", "1", "--dagger-beta", "1.5"},
            {"--imitate", "greedy", "--epochs", "0"},
            {"--dagger-rounds", "2"},
            {"--dagger-epochs", "3"},
            {"--epochs", "5"},
        };
        String[] messages = {
            "error: --dagger-rounds must be at least 0",
            "error: --dagger-epochs must be at least 1",
            "error: --dagger-beta must be between 0 and 1",
            "error: --epochs must be at least 1 (0 only with --dagger-rounds)",
            "error: --dagger-rounds needs --imitate (it sets the imitation of an expert)",
            "error: --dagger-epochs needs --imitate (it sets the imitation of an expert)",
            "error: --epochs needs --imitate (it sets the imitation of an expert)",
        };
        for (int i = 0; i < bad.length; i++) {
            List<String> args = new java.util.ArrayList<>(List.of("train", "--corpus", missing, "--out", out));
            args.addAll(List.of(bad[i]));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), String.join(" ", bad[i]));
            assertEquals(messages[i], run.err().strip());
        }
    }

    /** A .plc's placement lines (its header has a timestamp-free summary, but compare the placement only). */
    private static List<String> placementLines(String plc) {
        return plc.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
    }

    private static void generateSmallDesign(int seed, Path out) {
        CliRun gen = CliRun.of("generate", "--hard-macros", "6", "--soft-macros", "12", "--ports", "8",
                "--seed", String.valueOf(seed), "--out", out.toString());
        assertEquals(0, gen.exitCode(), gen.err());
    }

    /** A network small enough to clone in seconds. */
    private static Path smallNetworkConfig(Path dir) throws Exception {
        Path config = dir.resolve("small.json");
        Files.writeString(config, """
                {"policy": {"gnnLayers": 2, "nodeEmbedding": 8, "convChannels": 8, "convLayers": 1, "valueHidden": 8}}
                """);
        return config;
    }
}
