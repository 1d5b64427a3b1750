package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void theBarLabelsTheProxyCostAndShowsNothingBeforeAStageHasOne() {
        assertEquals("best proxy 0.68590", ProgressReporter.message(0.6859, 0));
        assertEquals("", ProgressReporter.message(Double.NaN, 0));
    }

    @Test
    void aSearchShowsItsMovesPerSecond() {
        assertEquals("best proxy 0.59120  45,678 moves/s", ProgressReporter.message(0.5912, 45678.4));
    }
}
