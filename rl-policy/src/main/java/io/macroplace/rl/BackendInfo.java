package io.macroplace.rl;

import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The ND4J backend in use, for the CLI to show at start ("which device am I training on?").
 *
 * @param backend     backend class, e.g. CpuBackend or CudaBackend
 * @param device      a one-line description: CPU cores / BLAS threads, or the CUDA devices
 * @param environment ND4J's environment information, as reported
 */
public record BackendInfo(String backend, String device, Map<String, String> environment) {

    public static BackendInfo current() {
        String backend = Nd4j.getBackend().getClass().getSimpleName();
        Properties p = Nd4j.getExecutioner().getEnvironmentInformation();
        Map<String, String> env = new TreeMap<>();
        p.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
        String device;
        if (env.containsKey("cuda.devicesInformation")) {
            device = "CUDA " + env.get("cuda.devicesInformation");
        } else {
            device = "CPU, " + env.getOrDefault("cores", String.valueOf(Runtime.getRuntime().availableProcessors()))
                    + " cores, " + env.getOrDefault("omp.threads", "?") + " OpenMP threads, BLAS "
                    + env.getOrDefault("blas.vendor", "?");
        }
        return new BackendInfo(backend, device, Map.copyOf(env));
    }

    public String summary() {
        return backend + " (" + device + ")";
    }
}
