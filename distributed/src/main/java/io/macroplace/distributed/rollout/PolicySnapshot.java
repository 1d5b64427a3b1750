package io.macroplace.distributed.rollout;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.macroplace.rl.config.ConfigJson;
import io.macroplace.rl.config.PolicyConfig;
import io.macroplace.rl.net.PolicyNetwork;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The policy's parameters at the start of an iteration's rollout, as plain Java arrays: what the
 * driver broadcasts to the executors (ND4J arrays are off-heap and not serialisable). Values are
 * kept as doubles, exact for FLOAT and DOUBLE networks, like the policy file's.
 *
 * @param id             unique per snapshot (executors swap parameters in when it changes)
 * @param configJson     the network's sizes, as in the policy file
 * @param staticFeatures node features the network was built for
 */
public record PolicySnapshot(String id, String configJson, int staticFeatures, List<Param> params)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public PolicySnapshot {
        params = List.copyOf(params);
    }

    /** One parameter array in C order. */
    public record Param(String name, String dataType, long[] shape, double[] values) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public static PolicySnapshot of(String id, PolicyNetwork network) {
        List<Param> params = new ArrayList<>();
        for (Map.Entry<String, INDArray> e : network.params().entrySet()) {
            INDArray a = e.getValue();
            params.add(new Param(e.getKey(), a.dataType().name(), a.shape(), a.dup('c').data().asDouble()));
        }
        try {
            return new PolicySnapshot(id, ConfigJson.mapper().writeValueAsString(network.config()),
                    network.staticFeatures(), params);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("policy settings not writable as JSON", e);
        }
    }

    /** The same network and values (the ids may differ). */
    public boolean sameAs(PolicySnapshot other) {
        if (other == null || staticFeatures != other.staticFeatures || !configJson.equals(other.configJson)
                || params.size() != other.params.size()) {
            return false;
        }
        for (int i = 0; i < params.size(); i++) {
            Param a = params.get(i);
            Param b = other.params.get(i);
            if (!a.name.equals(b.name) || !a.dataType.equals(b.dataType) || !Arrays.equals(a.shape, b.shape)
                    || !Arrays.equals(a.values, b.values)) {
                return false;
            }
        }
        return true;
    }

    /** The network's sizes; executors with the same ones keep their network and swap the values in. */
    public String networkKey() {
        return staticFeatures + " " + configJson;
    }

    public PolicyConfig config() {
        try {
            return ConfigJson.mapper().readValue(configJson, PolicyConfig.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("policy settings unreadable: " + e.getOriginalMessage(), e);
        }
    }

    /** The parameters as ND4J arrays of their data types. */
    public Map<String, INDArray> arrays() {
        Map<String, INDArray> out = new LinkedHashMap<>();
        for (Param p : params) {
            out.put(p.name, Nd4j.create(p.values, p.shape, DataType.DOUBLE).castTo(DataType.valueOf(p.dataType)));
        }
        return out;
    }

    /** A new network with these parameters. */
    public PolicyNetwork network() {
        return PolicyNetwork.withParams(config(), staticFeatures, arrays());
    }

    /** Copies these values into a network of the same sizes, in place (its graphs stay built). */
    public void assignTo(PolicyNetwork network) {
        Map<String, INDArray> live = network.params();
        for (Map.Entry<String, INDArray> e : arrays().entrySet()) {
            INDArray target = live.get(e.getKey());
            if (target == null || !Arrays.equals(target.shape(), e.getValue().shape())) {
                throw new IllegalStateException("parameter " + e.getKey() + " missing or of another shape");
            }
            target.assign(e.getValue());
            e.getValue().close();
        }
    }
}
