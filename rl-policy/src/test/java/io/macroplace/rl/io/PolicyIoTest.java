package io.macroplace.rl.io;

import io.macroplace.env.mdp.Observation;
import io.macroplace.rl.ToyPlacementEnv;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.PolicyNetwork;
import io.macroplace.rl.net.PolicyOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PolicyIoTest {

    @Test
    void saveThenLoadGivesIdenticalProbabilities(@TempDir Path dir) throws IOException {
        ToyPlacementEnv env = ToyPlacementEnv.random(7, 8, 8, 5, 3, 8).declareActionGridFactor(2);
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(2, 8, 8, 1, 8), 4, 9);
        net.params().get("head_W").muli(50); // make the probabilities non-trivial
        Path file = dir.resolve("policy.zip");
        PolicyIo.save(net, file);
        PolicyNetwork loaded = PolicyIo.load(file);

        assertEquals(net.config(), loaded.config());
        Observation o0 = env.reset(0);
        Observation o1 = env.step(27).observation();
        PolicyOutput a = net.evaluate(net.inputs(env), List.of(o0, o1));
        PolicyOutput b = loaded.evaluate(loaded.inputs(env), List.of(o0, o1));
        double[][] pa = a.logp().toDoubleMatrix();
        double[][] pb = b.logp().toDoubleMatrix();
        for (int j = 0; j < 2; j++) {
            assertArrayEquals(pa[j], pb[j], 0.0);
        }
        assertArrayEquals(a.value().toDoubleVector(), b.value().toDoubleVector(), 0.0);
        assertEquals(0, Files.list(dir).filter(p -> p.toString().endsWith(".tmp")).count());
    }

    @Test
    void rejectsAnOldFormatPolicyWithAClearMessage(@TempDir Path dir) throws IOException {
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(2, 8, 8, 1, 8), 4, 9);
        java.util.Map<String, byte[]> entries = PolicyIo.entries(net);
        String json = new String(entries.get(PolicyIo.POLICY_JSON), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"format\"\\s*:\\s*3", "\"format\":1");
        entries.put(PolicyIo.POLICY_JSON, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path file = dir.resolve("old.zip");
        ZipEntries.writeAtomically(file, entries);
        IOException e = assertThrows(IOException.class, () -> PolicyIo.load(file));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("unsupported policy format 1"),
                e.getMessage());
    }

    @Test
    void observationSettingRoundTripsAndOlderPoliciesReadAsTrainedWithoutSoftPins(@TempDir Path dir)
            throws IOException {
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(2, 8, 8, 1, 8)
                .withSoftPinsFromInput(false), 4, 9);
        Path file = dir.resolve("p.zip");
        PolicyIo.save(net, file);
        assertEquals(false, PolicyIo.load(file).config().softPinsFromInput());

        PolicyNetwork withSoftPins = PolicyNetwork.create(PolicyConfig.defaults().withSizes(2, 8, 8, 1, 8), 4, 9);
        java.util.Map<String, byte[]> entries = PolicyIo.entries(withSoftPins);
        String json = new String(entries.get(PolicyIo.POLICY_JSON), java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"softPinsFromInput\" : true"), json);
        // A policy written before the setting existed has no such key.
        entries.put(PolicyIo.POLICY_JSON, json.replaceFirst(",?\\s*\"softPinsFromInput\"\\s*:\\s*true", "")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path old = dir.resolve("old.zip");
        ZipEntries.writeAtomically(old, entries);
        PolicyNetwork loaded = PolicyIo.load(old);
        assertEquals(false, loaded.config().softPinsFromInput());
        assertEquals(false, loaded.config().environment().softPinsFromInput());
    }

    /** A format-2 policy (before the action grid) is the factor-1 network: same outputs when read. */
    @Test
    void aFormatTwoPolicyReadsAsFactorOneWithTheSameOutputs(@TempDir Path dir) throws IOException {
        ToyPlacementEnv env = ToyPlacementEnv.random(7, 8, 8, 5, 3, 8);
        PolicyNetwork net = PolicyNetwork.create(PolicyConfig.defaults().withSizes(2, 8, 8, 1, 8)
                .withActionGridFactor(1), 4, 9);
        net.params().get("head_W").muli(50);
        java.util.Map<String, byte[]> entries = PolicyIo.entries(net);
        String json = new String(entries.get(PolicyIo.POLICY_JSON), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"format\"\\s*:\\s*3", "\"format\":2")
                .replaceFirst(",?\\s*\"actionGridFactor\"\\s*:\\s*1", "");
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("actionGridFactor"), json);
        entries.put(PolicyIo.POLICY_JSON, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path old = dir.resolve("format2.zip");
        ZipEntries.writeAtomically(old, entries);
        PolicyNetwork loaded = PolicyIo.load(old);
        assertEquals(1, loaded.config().actionGridFactor());
        assertEquals(net.config(), loaded.config());
        Observation o = env.reset(0);
        assertArrayEquals(net.evaluate(net.inputs(env), List.of(o)).logp().toDoubleVector(),
                loaded.evaluate(loaded.inputs(env), List.of(o)).logp().toDoubleVector(), 0.0);
        // ...and a factor-1 policy refuses an environment on another action grid
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loaded.inputs(ToyPlacementEnv.random(7, 8, 8, 5, 3, 8).declareActionGridFactor(2)));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("action grid factor"), e.getMessage());
    }

    @Test
    void rejectsAFileThatIsNotAPolicy(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("junk.zip");
        Files.write(file, new byte[]{1, 2, 3});
        assertThrows(IOException.class, () -> PolicyIo.load(file));
    }
}
