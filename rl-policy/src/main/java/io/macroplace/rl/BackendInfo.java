package io.macroplace.rl;

import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    /** ND4J could not start: its native libraries (or, for the CUDA build, the GPU driver) are missing. */
    public static final class UnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    /**
     * The backend in use, starting ND4J if it has not started yet.
     *
     * @throws UnavailableException when ND4J cannot start here, with a one-line reason (ND4J
     *                              throws Errors then, which would otherwise end the program with a trace)
     */
    public static synchronized BackendInfo current() {
        // ND4J prints a stack trace of its own when a native library fails to load: keep it out of
        // the one-line error, and pass whatever it printed through when the backend starts.
        PrintStream stderr = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            BackendInfo info = describe();
            System.setErr(stderr);
            stderr.print(printed.toString(StandardCharsets.UTF_8));
            return info;
        } catch (ExceptionInInitializerError | NoClassDefFoundError | UnsatisfiedLinkError | RuntimeException e) {
            throw new UnavailableException(unavailableMessage(isCudaBuild(),
                    reason(e, printed.toString(StandardCharsets.UTF_8))), e);
        } finally {
            System.setErr(stderr);
        }
    }

    /** The first line ND4J printed (it names the library that failed to load), else the innermost cause. */
    static String reason(Throwable error, String printed) {
        String first = printed.strip().lines().findFirst().orElse("").strip();
        if (!first.isEmpty()) {
            return first;
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    static String unavailableMessage(boolean cudaBuild, String reason) {
        return cudaBuild
                ? "the ND4J CUDA backend (this is the -Pcuda build) could not start: it needs an NVIDIA driver and"
                        + " a GPU of compute capability 3.7 to 8.6 (not Hopper); for the CPU, rebuild without -Pcuda"
                        + " (" + reason + ")"
                : "the ND4J CPU backend could not start (" + reason + ")";
    }

    private static boolean isCudaBuild() {
        try {
            Class.forName(CUDA_BACKEND, false, BackendInfo.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static BackendInfo describe() {
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
