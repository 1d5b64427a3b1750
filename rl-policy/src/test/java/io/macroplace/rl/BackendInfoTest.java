package io.macroplace.rl;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BackendInfoTest {

    @Test
    void theCpuBuildReportsTheCpuBackend() {
        BackendInfo b = BackendInfo.current();
        assertEquals("CpuBackend", b.backend());
        assertTrue(b.device().startsWith("CPU, "), b.device());
    }

    /** What ND4J throws and prints when the CUDA build starts on a machine without a driver (seen on a CPU VM). */
    @Test
    void aBackendThatCannotStartIsOneLineNamingTheCause() {
        Throwable thrown = new ExceptionInInitializerError(new RuntimeException(
                new IllegalStateException("Please ensure that you have an nd4j backend on your classpath.")));
        String printed = "java.lang.UnsatisfiedLinkError: /c/libjnicudart.so: libcuda.so.1: cannot open shared object file\n"
                + "\tat java.base/jdk.internal.loader.NativeLibraries.load(Native Method)\n";
        String reason = BackendInfo.reason(thrown, printed);
        assertEquals("java.lang.UnsatisfiedLinkError: /c/libjnicudart.so: libcuda.so.1: cannot open shared object file",
                reason);
        assertEquals("Please ensure that you have an nd4j backend on your classpath.", BackendInfo.reason(thrown, ""));
        String cuda = BackendInfo.unavailableMessage(true, reason);
        assertTrue(cuda.startsWith("the ND4J CUDA backend (this is the -Pcuda build) could not start"), cuda);
        assertTrue(cuda.contains("compute capability 3.7 to 8.6 (not Hopper)"), cuda);
        assertTrue(cuda.endsWith("(" + reason + ")"), cuda);
        assertEquals("the ND4J CPU backend could not start (libgomp.so.1: not found)",
                BackendInfo.unavailableMessage(false, BackendInfo.reason(new UnsatisfiedLinkError("libgomp.so.1: not found"), "")));
        assertTrue(!cuda.contains("\n"));
    }
}
