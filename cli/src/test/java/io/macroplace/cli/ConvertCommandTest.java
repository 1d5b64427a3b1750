package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.macroplace.netlist.testing.SharedDesigns;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @Test
    void aCellDrivingTwoBookshelfNetsKeepsBothInCircuitTraining(@TempDir Path dir) throws Exception {
        Path aux = BadInputCommandsTest.bookshelf(dir, "NetDegree : 2 n1\n\tc1\tO\n\tc2\tI\nNetDegree : 2 n2\n\tc1\tO\n"
                + "\tp1\tI\nNetDegree : 2 n3\n\tp1\tO\n\tc2\tI\n", "");
        Path out = dir.resolve("ct").resolve("t.pb.txt");
        CliRun run = CliRun.of("convert", aux.toString(), out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("wrote " + out + "\nwrote " + dir.resolve("ct").resolve("t.plc") + "\n"
                + "added 1 driver node (after the others): CT gives each node one net to drive\n", run.out());
        JsonNode before = Json.MAPPER.readTree(CliRun.of("info", aux.toString(), "--json").out());
        JsonNode after = Json.MAPPER.readTree(CliRun.of("info", out.toString(), "--json").out());
        assertEquals(3, before.get("nets").asInt());
        assertEquals(3, after.get("nets").asInt(), "one driver per net: c1/out1 drives n2");
        assertEquals(before.get("net_pins").asInt(), after.get("net_pins").asInt());
        assertEquals(3, after.get("std_cells").asInt(), "c1, c2 and the zero-size c1/out1");
        assertEquals(before.get("std_cell_area").asDouble(), after.get("std_cell_area").asDouble());
    }

    @Test
    void softMacrosStaySoftThroughBookshelf(@TempDir Path dir) throws Exception {
        Path netlist = SharedDesigns.file("ct-macro_tiles_10x10", "netlist.pb.txt");
        Path plc = SharedDesigns.file("ct-macro_tiles_10x10", "initial.plc");
        Path aux = dir.resolve("bs").resolve("t.aux");
        assertEquals(0, CliRun.of("convert", netlist.toString(), "--plc", plc.toString(), aux.toString()).exitCode());
        Path back = dir.resolve("ct").resolve("t.pb.txt");
        assertEquals(0, CliRun.of("convert", aux.toString(), back.toString()).exitCode());
        JsonNode info = Json.MAPPER.readTree(CliRun.of("info", back.toString(), "--json").out());
        assertEquals(100, info.get("soft_macros").asInt(), "lower-case 'macro' without Grp_ names (before: 100 hard)");
        assertEquals(0, info.get("hard_macros").asInt());
        JsonNode a = Json.MAPPER.readTree(CliRun.of("cost", netlist.toString(), "--plc", plc.toString(), "--json").out());
        JsonNode b = Json.MAPPER.readTree(CliRun.of("cost", back.toString(), "--plc",
                dir.resolve("ct").resolve("t.plc").toString(), "--json").out());
        assertEquals(38160.0, a.get("hpwl").asDouble(), 1e-6);
        assertEquals(38160.0, b.get("hpwl").asDouble(), 1e-6, "before: 12960, the pins counted as hard-macro pins");
    }
}
