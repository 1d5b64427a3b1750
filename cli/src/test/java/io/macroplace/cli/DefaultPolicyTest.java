package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.rl.io.PolicyIo;
import io.macroplace.rl.net.PolicyNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped pre-trained policy: found from the project folder and used by rl without --policy. */
class DefaultPolicyTest {

    @Test
    void theShippedPolicyIsFoundSmallAndLoads() throws Exception {
        Path p = DefaultPolicy.find().orElseThrow(() -> new AssertionError("no " + DefaultPolicy.path()));
        assertTrue(Files.size(p) <= 20L << 20, "at most 20 MB: " + Files.size(p));
        PolicyNetwork net = PolicyIo.load(p);
        assertEquals(2, net.config().actionGridFactor(), "trained on the default action grid");
    }

    @Test
    void placeRlCdWithoutPolicyUsesTheShippedPolicyAndIsLegal(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("rl");
        CliRun run = CliRun.of("place", "--method", "rl+cd", "--time-limit", "2m", "--quiet", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals("rl+cd", report.get("method").asText());
        assertEquals(DefaultPolicy.path().toString(), report.get("policy").asText());
        assertTrue(report.get("legal").asBoolean());
        assertTrue(Double.isFinite(report.get("proxy_cost").asDouble()), report.toString());
    }

    @Test
    void withoutAnyPolicyRlIsAOneLineError(@TempDir Path dir) {
        String home = System.getProperty("macroplace.home");
        String sample = SampleDesign.netlist().toString();
        String plc = SampleDesign.plc().toString();
        System.setProperty("macroplace.home", dir.toString()); // a project folder without the policy
        try {
            CliRun run = CliRun.of("place", sample, "--plc", plc, "--method", "rl+cd", "--out",
                    dir.resolve("unused").toString());
            assertEquals(2, run.exitCode());
            assertEquals("error: the rl method needs --policy POLICY.zip (make one with 'macroplace train'); the"
                    + " shipped designs/policies/pretrained.zip was not found either", run.err().strip());
        } finally {
            System.setProperty("macroplace.home", home);
        }
    }
}
