package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.ct.CtNetlistWriter;
import io.macroplace.netlist.format.Design;
import io.macroplace.netlist.format.DesignReader;
import io.macroplace.netlist.testing.FlatNetlists;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {

    private static Path flat(Path dir) throws Exception {
        Netlist n = FlatNetlists.random(1200, 3, 10, 4);
        Path file = dir.resolve("flat.pb.txt");
        CtNetlistWriter.write(n, Placement.of(n), file);
        return file;
    }

    @Test
    void clusterWritesANetlistAndPlcThatOtherCommandsRead(@TempDir Path dir) throws Exception {
        Path in = flat(dir);
        Path out = dir.resolve("clustered");
        CliRun run = CliRun.of("cluster", in.toString(), "--clusters", "20", "--width", "400", "--height", "400",
                "--cols", "8", "--rows", "8", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1,200 movable standard cells"), run.out());
        assertTrue(run.out().contains("wrote " + out.resolve("netlist.pb.txt.gz")), run.out());
        Design d = DesignReader.read(out.resolve("netlist.pb.txt.gz"), out.resolve("initial.plc"));
        assertEquals(0, d.netlist().count(NodeKind.STDCELL));
        assertEquals(3, d.netlist().count(NodeKind.HARD_MACRO), "ref_name macros are hard");
        assertTrue(d.netlist().count(NodeKind.SOFT_MACRO) >= 20);
        assertEquals(8, d.plc().header().columns().getAsInt());

        CliRun json = CliRun.of("cluster", in.toString(), "--clusters", "20", "--width", "400", "--height", "400",
                "--cols", "8", "--rows", "8", "--json", "--out", out.toString());
        assertEquals(0, json.exitCode(), json.err());
        JsonNode j = Json.MAPPER.readTree(json.out());
        assertEquals(1200, j.get("cells").asInt());
        assertEquals(d.netlist().count(NodeKind.SOFT_MACRO), j.get("clusters").asInt());
        assertEquals(d.netlist().netCount(), j.at("/cut/output_nets").asInt());
        assertTrue(j.at("/spread/max_area").asDouble() >= j.at("/spread/mean_area").asDouble());
        assertTrue(j.at("/location_split/applied").asBoolean());

        CliRun cost = CliRun.of("cost", out.resolve("netlist.pb.txt.gz").toString(), "--plc",
                out.resolve("initial.plc").toString(), "--json");
        assertEquals(0, cost.exitCode(), cost.err());
        assertEquals(j.at("/initial_costs/proxy_cost").asDouble(),
                Json.MAPPER.readTree(cost.out()).get("proxy_cost").asDouble(), 1e-9,
                "the header's settings reproduce the reported cost");
    }

    @Test
    void placeClustersAFlatNetlistFirst(@TempDir Path dir) throws Exception {
        Path in = flat(dir);
        Path out = dir.resolve("placed");
        CliRun run = CliRun.of("place", in.toString(), "--method", "greedy", "--time-limit", "30s", "--quiet",
                "--cols", "8", "--rows", "8", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err() + run.out());
        assertTrue(Files.isRegularFile(out.resolve("netlist.pb.txt.gz")));
        JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
        assertEquals(1200, report.at("/clustering/cells").asInt());
        CliRun cost = CliRun.of("cost", out.resolve("netlist.pb.txt.gz").toString(), "--plc",
                out.resolve("placement.plc").toString(), "--json");
        assertEquals(0, cost.exitCode(), cost.err());
        assertEquals(report.get("proxy_cost").asDouble(), Json.MAPPER.readTree(cost.out()).get("proxy_cost").asDouble(),
                1e-9);
    }

    @Test
    void badInputIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path in = flat(dir);
        CliRun zero = CliRun.of("cluster", in.toString(), "--clusters", "0", "--out", dir.resolve("o").toString());
        assertEquals(2, zero.exitCode());
        assertEquals("error: clusters must be at least 1, got 0", zero.err().strip());
        Path clustered = dir.resolve("c");
        assertEquals(0, CliRun.of("cluster", in.toString(), "--clusters", "5", "--out", clustered.toString()).exitCode());
        CliRun again = CliRun.of("cluster", clustered.resolve("netlist.pb.txt.gz").toString(), "--out",
                dir.resolve("o2").toString());
        assertEquals(2, again.exitCode());
        assertEquals("error: " + clustered.resolve("netlist.pb.txt.gz") + ": no movable standard cells to cluster",
                again.err().strip());
        assertFalse(Files.exists(dir.resolve("o2")));
    }
}
