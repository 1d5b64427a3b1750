package io.macroplace.rl.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON form of {@link RlConfig}. Reading merges the file over {@link RlConfig#defaults()}, so a
 * config file names only what it changes; unknown keys are errors (typos must not pass silently).
 */
public final class ConfigJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private ConfigJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String toJson(RlConfig config) {
        try {
            return MAPPER.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RlConfig fromJson(String json) {
        try {
            JsonNode defaults = MAPPER.valueToTree(RlConfig.defaults());
            JsonNode given = MAPPER.readTree(json);
            if (!(given instanceof ObjectNode)) {
                throw new IllegalArgumentException("config JSON must be an object");
            }
            merge((ObjectNode) defaults, (ObjectNode) given, "");
            return MAPPER.treeToValue(defaults, RlConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad config JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static RlConfig read(Path file) throws IOException {
        try {
            return fromJson(Files.readString(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static void merge(ObjectNode target, ObjectNode update, String path) {
        Iterator<Map.Entry<String, JsonNode>> fields = update.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode old = target.get(f.getKey());
            if (old == null) {
                throw new IllegalArgumentException("unknown config key " + path + f.getKey());
            }
            if (old instanceof ObjectNode o && f.getValue() instanceof ObjectNode u) {
                merge(o, u, path + f.getKey() + ".");
            } else {
                target.set(f.getKey(), f.getValue());
            }
        }
    }
}
