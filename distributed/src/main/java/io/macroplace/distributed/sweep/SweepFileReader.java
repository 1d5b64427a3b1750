package io.macroplace.distributed.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.macroplace.cli.DurationConverter;
import io.macroplace.cli.Layouts;
import io.macroplace.cli.UserException;
import io.macroplace.netlist.FormatException;
import io.macroplace.place.registry.MethodOptions;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Reads a sweep file. Every mistake is a {@link FormatException} naming the file and the line of
 * the offending value; unknown keys are mistakes too (a typo must not silently drop a setting).
 * Relative paths are relative to the sweep file's folder.
 */
public final class SweepFileReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private static final Set<String> KEYS = Set.of("designs", "methods", "seeds", "time_limit", "cost",
            "method_options", "grid");

    private final Path file;
    private final String name;
    private JsonLines lines;

    private SweepFileReader(Path file) {
        this.file = file;
        this.name = file.toString();
    }

    public static SweepFile read(Path file) throws IOException {
        return new SweepFileReader(file).read();
    }

    private SweepFile read() throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (MalformedInputException e) {
            throw new FormatException(name, 0, "not a UTF-8 text file");
        }
        JsonNode root;
        try {
            lines = JsonLines.of(text);
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new FormatException(name, line, "bad JSON: " + e.getOriginalMessage());
        }
        if (!(root instanceof ObjectNode obj)) {
            throw error("", "a sweep file is a JSON object with designs, methods, seeds and time_limit");
        }
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw error("/" + key, "unknown key \"" + key + "\" (known: designs, methods, seeds, time_limit, "
                        + "cost, method_options, grid)");
            }
        }
        List<SweepFile.Design> designs = designs(required(obj, "designs"));
        List<String> methods = new ArrayList<>();
        for (JsonNode m : list(required(obj, "methods"), "/methods")) {
            methods.add(text(m, "/methods/" + methods.size(), "a method name"));
        }
        List<String> cost = options(obj.get("cost"), "/cost", OptionArgs::cost);
        List<String> methodOptions = options(obj.get("method_options"), "/method_options", OptionArgs::method);
        Map<String, List<String>> grid = grid(obj.get("grid"));
        checkMethods(methods, grid, OptionArgs.method(methodOptions));
        return new SweepFile(file, designs, methods, seeds(required(obj, "seeds")),
                timeLimits(required(obj, "time_limit")), cost, methodOptions, grid);
    }

    /** Builds every method and every grid value once, so that a mistake stops the sweep before it starts. */
    private void checkMethods(List<String> methods, Map<String, List<String>> grid, MethodOptions options)
            throws FormatException {
        Set<String> stages = new HashSet<>();
        for (int i = 0; i < methods.size(); i++) {
            try {
                SweepPlacers.placer(methods.get(i), Map.of(), options);
            } catch (IllegalArgumentException | UserException e) {
                throw error("/methods/" + i, e.getMessage());
            }
            stages.addAll(SweepPlacers.stages(methods.get(i)));
        }
        for (Map.Entry<String, List<String>> g : grid.entrySet()) {
            String stage = g.getKey().substring(0, g.getKey().indexOf('.'));
            if (!stages.contains(stage)) {
                throw error("/grid/" + g.getKey(), "grid sets " + g.getKey() + " but no method has a " + stage
                        + " stage");
            }
            for (String value : g.getValue()) {
                try {
                    SweepPlacers.placer(stage, Map.of(g.getKey(), value), options);
                } catch (IllegalArgumentException | UserException e) {
                    throw error("/grid/" + g.getKey(), e.getMessage());
                }
            }
        }
    }

    private List<SweepFile.Design> designs(JsonNode node) throws FormatException {
        List<SweepFile.Design> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<JsonNode> entries = list(node, "/designs");
        for (int i = 0; i < entries.size(); i++) {
            String at = "/designs/" + i;
            if (!(entries.get(i) instanceof ObjectNode d)) {
                throw error(at, "a design is an object: {\"netlist\": FILE, \"plc\": FILE} or {\"netlist\": "
                        + "DEF, \"lef\": [FILE...]}");
            }
            for (Iterator<String> it = d.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!Set.of("netlist", "plc", "lef", "name").contains(key)) {
                    throw error(at + "/" + key, "unknown design key \"" + key + "\" (known: netlist, plc, lef, name)");
                }
            }
            if (d.get("netlist") == null) {
                throw error(at, "design without \"netlist\"");
            }
            Path netlist = path(d.get("netlist"), at + "/netlist");
            Path plc = d.get("plc") == null ? null : path(d.get("plc"), at + "/plc");
            List<Path> lef = new ArrayList<>();
            JsonNode lefNode = d.get("lef");
            if (lefNode != null) {
                List<JsonNode> files = lefNode.isArray() ? list(lefNode, at + "/lef") : List.of(lefNode);
                for (int j = 0; j < files.size(); j++) {
                    lef.add(path(files.get(j), lefNode.isArray() ? at + "/lef/" + j : at + "/lef"));
                }
            }
            String designName = d.get("name") != null ? text(d.get("name"), at + "/name", "a name")
                    : Layouts.designName(netlist);
            if (!designName.matches("[A-Za-z0-9_.+-]+") || designName.startsWith(".")) {
                throw error(at, "design name \"" + designName + "\" cannot name a folder: give \"name\" with "
                        + "letters, digits, '.', '_', '-' or '+'");
            }
            if (!names.add(designName)) {
                throw error(at, "two designs are named \"" + designName + "\": give one a \"name\"");
            }
            out.add(new SweepFile.Design(designName, netlist, plc, lef));
        }
        return out;
    }

    private Path path(JsonNode node, String at) throws FormatException {
        Path p = Path.of(text(node, at, "a file name"));
        Path resolved = p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p).normalize();
        if (!Files.isRegularFile(resolved)) {
            throw error(at, resolved + ": no such file");
        }
        return resolved;
    }

    private List<Long> seeds(JsonNode node) throws FormatException {
        List<Long> seeds = new ArrayList<>();
        if (node.isIntegralNumber()) {
            long n = node.asLong();
            if (n < 1 || n > 100_000) {
                throw error("/seeds", "seeds: a count from 1 (seeds 1..N) or a list of seeds, not " + n);
            }
            for (long s = 1; s <= n; s++) {
                seeds.add(s);
            }
            return seeds;
        }
        List<JsonNode> list = list(node, "/seeds");
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isIntegralNumber()) {
                throw error("/seeds/" + i, "a seed is an integer");
            }
            long s = list.get(i).asLong();
            if (seeds.contains(s)) {
                throw error("/seeds/" + i, "seed " + s + " is listed twice");
            }
            seeds.add(s);
        }
        return seeds;
    }

    private List<Duration> timeLimits(JsonNode node) throws FormatException {
        List<JsonNode> values = node.isArray() ? list(node, "/time_limit") : List.of(node);
        List<Duration> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String at = node.isArray() ? "/time_limit/" + i : "/time_limit";
            JsonNode v = values.get(i);
            try {
                Duration d = DurationConverter.parse(v.isNumber() ? v.asText() + "s" : text(v, at, "a time limit"));
                if (out.contains(d)) {
                    throw error(at, "time limit " + DurationConverter.format(d) + " is listed twice");
                }
                out.add(d);
            } catch (picocli.CommandLine.TypeConversionException e) {
                throw error(at, e.getMessage());
            }
        }
        return out;
    }

    /**
     * An object of command-line options ({"cols": 24, "orient-pins": true}) as option arguments,
     * each checked by {@code parser} (picocli), so a bad one is reported at its own line.
     */
    private List<String> options(JsonNode node, String at, Function<List<String>, ?> parser)
            throws FormatException {
        List<String> args = new ArrayList<>();
        if (node == null) {
            return args;
        }
        if (!(node instanceof ObjectNode obj)) {
            throw error(at, at.substring(1) + " is an object of option names without '--' and their values");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isBoolean()) {
                args.add(v.asBoolean() ? "--" + e.getKey() : "--no-" + e.getKey());
            } else if (e.getKey().equals("policy") && v.isTextual()) {
                args.add("--policy=" + path(v, at + "/policy")); // relative to the sweep file, like designs
            } else if (v.isValueNode() && !v.isNull()) {
                args.add("--" + e.getKey() + "=" + v.asText());
            } else if (v.isArray()) {
                List<String> parts = new ArrayList<>();
                for (JsonNode x : v) {
                    parts.add(x.asText());
                }
                args.add("--" + e.getKey() + "=" + String.join(",", parts));
            } else {
                throw error(at + "/" + e.getKey(), e.getKey() + ": a number, text, true/false or a list");
            }
            try {
                parser.apply(List.of(args.get(args.size() - 1)));
            } catch (CommandLine.UnmatchedArgumentException unknown) {
                throw error(at + "/" + e.getKey(), "unknown " + at.substring(1) + " option \"" + e.getKey()
                        + "\" (the names are " + (at.equals("/cost") ? "cost" : "place") + "'s options without --)");
            } catch (CommandLine.ParameterException bad) {
                throw error(at + "/" + e.getKey(), bad.getMessage());
            } catch (UserException | IllegalArgumentException bad) {
                throw error(at + "/" + e.getKey(), bad.getMessage());
            }
        }
        return args;
    }

    private Map<String, List<String>> grid(JsonNode node) throws FormatException {
        Map<String, List<String>> grid = new LinkedHashMap<>();
        if (node == null) {
            return grid;
        }
        if (!(node instanceof ObjectNode obj)) {
            throw error("/grid", "grid is an object: {\"STAGE.setting\": [values...]}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/grid/" + e.getKey();
            if (!e.getKey().matches("[a-z]+\\.[a-z_]+")) {
                throw error(at, "grid key \"" + e.getKey() + "\": STAGE.setting, e.g. sa.accept_start");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode v : list(e.getValue(), at)) {
                if (!v.isValueNode() || v.isNull()) {
                    throw error(at, e.getKey() + ": values are numbers, text or true/false");
                }
                values.add(v.asText());
            }
            grid.put(e.getKey(), values);
        }
        return grid;
    }

    private JsonNode required(ObjectNode obj, String key) throws FormatException {
        JsonNode v = obj.get(key);
        if (v == null) {
            throw error("", "no \"" + key + "\"");
        }
        return v;
    }

    private List<JsonNode> list(JsonNode node, String at) throws FormatException {
        if (!node.isArray() || node.isEmpty()) {
            throw error(at, at.substring(at.lastIndexOf('/') + 1) + ": a non-empty list");
        }
        List<JsonNode> out = new ArrayList<>();
        node.forEach(out::add);
        return out;
    }

    private String text(JsonNode node, String at, String what) throws FormatException {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(at, "expected " + what + " in quotes");
        }
        return node.asText().trim();
    }

    FormatException error(String pointer, String message) {
        return new FormatException(name, lines == null ? 0 : lines.line(pointer), message);
    }
}
