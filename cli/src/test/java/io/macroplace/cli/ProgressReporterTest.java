package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void theBarLabelsTheProxyCostAndShowsNothingBeforeAStageHasOne() {
        assertEquals("best proxy 0.68590", ProgressReporter.message(0.6859));
        assertEquals("", ProgressReporter.message(Double.NaN));
    }
}
