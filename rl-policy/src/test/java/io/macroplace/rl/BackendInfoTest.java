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

    /** What ND4J throws when the CUDA build starts on a machine without a driver (seen on a CPU VM). */
    @Test
    void aBackendThatCannotStartIsOneLineNamingTheRootCause() {
        Throwable thrown = new ExceptionInInitializerError(new RuntimeException(
                new IllegalStateException("Please ensure that you have an nd4j backend on your classpath.")));
        String cuda = BackendInfo.unavailableMessage(true, thrown);
        assertTrue(cuda.startsWith("the ND4J CUDA backend (this is the -Pcuda build) could not start"), cuda);
        assertTrue(cuda.contains("compute capability 3.7 to 8.6 (not Hopper)"), cuda);
        assertTrue(cuda.endsWith("(ND4J: Please ensure that you have an nd4j backend on your classpath.)"), cuda);
        String cpu = BackendInfo.unavailableMessage(false, new UnsatisfiedLinkError("libgomp.so.1: not found"));
        assertEquals("the ND4J CPU backend could not start (ND4J: libgomp.so.1: not found)", cpu);
        assertTrue(!cuda.contains("\n") && !cpu.contains("\n"));
    }
}
