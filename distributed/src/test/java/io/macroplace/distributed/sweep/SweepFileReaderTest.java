package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.macroplace.netlist.FormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFileReaderTest {
    @TempDir
    Path dir;

    static Path sampleFolder() {
        return Path.of(System.getProperty("macroplace.home", "..")).resolve("designs/sample").toAbsolutePath();
    }

    /** A sweep file in {@code dir} whose designs are the sample design, relative to it. */
    Path write(String body) throws Exception {
        for (String name : List.of("netlist.pb.txt.gz", "initial.plc")) {
            Files.copy(sampleFolder().resolve(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        Path f = dir.resolve("sweep.json");
        Files.writeString(f, body);
        return f;
    }

    static final String DESIGNS = "\"designs\": [{\"netlist\": \"netlist.pb.txt.gz\", \"plc\": \"initial.plc\"}],\n";

    @Test
    void readsEveryPartRelativeToTheFile() throws Exception {
        SweepFile s = SweepFileReader.read(write("{\n" + DESIGNS
                + "\"methods\": [\"random\", \"Greedy+SA\"],\n"
                + "\"seeds\": [3, 1],\n"
                + "\"time_limit\": [\"1m\", 5],\n"
                + "\"cost\": {\"cols\": 12, \"weights\": [1, 0.5, 0.25], \"orient-pins\": false},\n"
                + "\"method_options\": {\"sa-moves\": 1000},\n"
                + "\"grid\": {\"sa.accept_start\": [0.01, 0.1], \"sa.soft_at_start\": [false]}\n}"));
        assertEquals(1, s.designs().size());
        assertEquals(dir.getFileName().toString(), s.designs().get(0).name()); // a netlist.* is named by its folder
        assertEquals(dir.resolve("netlist.pb.txt.gz"), s.designs().get(0).netlist());
        assertEquals(dir.resolve("initial.plc"), s.designs().get(0).plc());
        assertEquals(List.of("random", "Greedy+SA"), s.methods());
        assertEquals(List.of(3L, 1L), s.seeds());
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofSeconds(5)), s.timeLimits());
        assertEquals(List.of("--cols=12", "--weights=1,0.5,0.25", "--no-orient-pins"), s.costArgs());
        assertEquals(List.of("--sa-moves=1000"), s.methodArgs());
        assertEquals(Map.of("sa.accept_start", List.of("0.01", "0.1"), "sa.soft_at_start", List.of("false")), s.grid());
    }

    @Test
    void aCountOfSeedsMeansOneToN() throws Exception {
        SweepFile s = SweepFileReader.read(write("{" + DESIGNS + "\"methods\": [\"greedy\"], \"seeds\": 3, "
                + "\"time_limit\": \"10s\"}"));
        assertEquals(List.of(1L, 2L, 3L), s.seeds());
        assertEquals(List.of(Duration.ofSeconds(10)), s.timeLimits());
    }

    /** The message, which must name the sweep file and the line of the offending value. */
    private String error(String body) throws Exception {
        Path f = write(body);
        FormatException e = assertThrows(FormatException.class, () -> SweepFileReader.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        return e.getMessage().substring(f.toString().length());
    }

    @Test
    void mistakesNameTheirLine() throws Exception {
        String head = "{\n" + DESIGNS + "\"seeds\": 1,\n\"time_limit\": \"1s\",\n";
        assertEquals(":5: unknown key \"method\" (known: designs, methods, seeds, time_limit, cost, "
                        + "method_options, grid)",
                error(head + "\"method\": [\"sa\"]\n}"));
        assertEquals(":6: unknown method \"sx\"; known: random, greedy, ea, sa, cd, rl, and pipelines joined "
                        + "by '+' such as greedy+sa+cd",
                error(head + "\"methods\": [\"sa\",\n \"sx\"]\n}"));
        assertTrue(error(head + "\"methods\": [\"sa\"],\n\"grid\": {\"sa.acept_start\": [1]}\n}")
                .startsWith(":6: unknown setting \"acept_start\" (known: hard_shift, hard_swap, soft_shift, hard_jump, "
                        + "flip, accept_start,"));
        assertEquals(":6: grid sets cd.passes but no method has a cd stage",
                error(head + "\"methods\": [\"sa\"],\n\"grid\": {\"cd.passes\": [1]}\n}"));
        assertEquals(":7: accept_start = 2: bad annealing settings",
                error(head + "\"methods\": [\"sa\"],\n\"grid\": {\n\"sa.accept_start\": [2]}\n}"));
        assertEquals(":6: Invalid value for option '--cols': 'x' is not an int",
                error(head + "\"methods\": [\"sa\"],\n\"cost\": {\"cols\": \"x\"}\n}"));
        assertEquals(":6: unknown cost option \"colz\" (the names are cost's options without --)",
                error(head + "\"methods\": [\"sa\"],\n\"cost\": {\"colz\": 3}\n}"));
        assertEquals(":3: bad JSON: Unexpected character (',' (code 44)): was expecting double-quote to start "
                        + "field name",
                error("{\n\"seeds\": 1,\n,}"));
        assertTrue(error("{\"designs\": [{\"netlist\": \"nope.pb.txt\"}]}").endsWith("nope.pb.txt: no such file"));
        assertEquals(":1: no \"methods\"", error("{\n" + DESIGNS + "\"seeds\": 1}"));
        assertEquals(":3: two designs are named \"" + dir.getFileName() + "\": give one a \"name\"",
                error("{\"designs\": [{\"netlist\": \"netlist.pb.txt.gz\"},\n{\"netlist\": \"initial.plc\"},\n"
                        + "{\"netlist\": \"netlist.pb.txt.gz\"}]}"));
    }
}
