package io.macroplace.rl.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.PolicyNetwork;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A trained policy as a zip: {@code policy.json} (sizes, feature count) and {@code params.bin}. */
public final class PolicyIo {
    static final String POLICY_JSON = "policy.json";
    static final String PARAMS = "params.bin";
    /**
     * 3: the action grid factor is saved (with a factor above 1, a sub-pixel upsampling head). 2: the
     * batch-independent graph encoder and one logit per cost-grid cell; read as factor 1, which is
     * the same network. 1 (the per-sample encoder) is not loadable.
     */
    private static final int FORMAT = 3;
    private static final int OLDEST_READABLE = 2;

    private PolicyIo() {
    }

    public static void save(PolicyNetwork network, Path file) throws IOException {
        ZipEntries.writeAtomically(file, entries(network));
    }

    public static PolicyNetwork load(Path file) throws IOException {
        return fromEntries(ZipEntries.read(file), file);
    }

    static Map<String, byte[]> entries(PolicyNetwork network) throws IOException {
        ObjectNode meta = ConfigJson.mapper().createObjectNode();
        meta.put("format", FORMAT);
        meta.put("staticFeatures", network.staticFeatures());
        meta.set("policy", ConfigJson.mapper().valueToTree(network.config()));
        Map<String, byte[]> e = new LinkedHashMap<>();
        e.put(POLICY_JSON, ConfigJson.mapper().writeValueAsBytes(meta));
        e.put(PARAMS, ZipEntries.bytes(os -> ArrayCodec.write(network.params(), os)));
        return e;
    }

    static PolicyNetwork fromEntries(Map<String, byte[]> entries, Path file) throws IOException {
        JsonNode meta = ConfigJson.mapper().readTree(ZipEntries.require(entries, POLICY_JSON, file));
        int format = meta.path("format").asInt();
        if (format < OLDEST_READABLE || format > FORMAT) {
            throw new IOException(file + ": unsupported policy format " + meta.path("format")
                    + " (this build reads formats " + OLDEST_READABLE + " to " + FORMAT + "; format 1 policies from"
                    + " before the batch-independent graph encoder must be retrained, newer ones need a newer build)");
        }
        JsonNode policy = meta.get("policy");
        if (policy instanceof ObjectNode o && !o.has("actionGridFactor")) {
            o.put("actionGridFactor", 1); // format 2: one action per cost-grid cell
        }
        PolicyConfig config = ConfigJson.mapper().treeToValue(policy, PolicyConfig.class);
        var params = ArrayCodec.read(new ByteArrayInputStream(ZipEntries.require(entries, PARAMS, file)));
        try {
            return PolicyNetwork.withParams(config, meta.path("staticFeatures").asInt(), params);
        } catch (IllegalArgumentException ex) {
            throw new IOException(file + ": " + ex.getMessage(), ex);
        }
    }
}
