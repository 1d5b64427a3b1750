package io.macroplace.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatTest {

    @Test
    void meanAndSampleStdMatchHandComputedValues() {
        // mean 2.5; squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5; sample variance 5/3.
        Stat s = Stat.of(1, 2, 3, 4);
        assertEquals(2.5, s.mean(), 1e-15);
        assertEquals(Math.sqrt(5.0 / 3.0), s.std(), 1e-15);
        assertEquals(4, s.n());

        // 0.68, 0.70: mean 0.69, deviations ±0.01, variance 0.0002 / 1.
        Stat t = Stat.of(0.68, 0.70);
        assertEquals(0.69, t.mean(), 1e-15);
        assertEquals(Math.sqrt(0.0002), t.std(), 1e-12);
    }

    @Test
    void twoPassStaysAccurateOnLargeNearlyEqualValues() {
        // HPWL-sized values: a one-pass sum of squares would lose the small spread.
        Stat s = Stat.of(4763107.0, 4763108.0, 4763109.0);
        assertEquals(4763108.0, s.mean(), 1e-9);
        assertEquals(1.0, s.std(), 1e-9);
    }

    @Test
    void equalSamplesHaveExactlyZeroStd() {
        Stat s = Stat.of(0.72, 0.72, 0.72);
        assertEquals(0.72, s.mean());
        assertEquals(0.0, s.std());
        assertEquals("0.7200", s.format());
    }

    @Test
    void oneSampleHasZeroStdAndNoneIsMissing() {
        Stat one = Stat.single(0.6859);
        assertEquals(0.0, one.std());
        assertEquals(1, one.n());
        assertTrue(Stat.of().isMissing());
        assertEquals(Stat.MISSING, Stat.of());
        assertThrows(IllegalArgumentException.class, () -> Stat.of(1.0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Stat(1.0, -0.1, 2));
    }

    @Test
    void formatsMeanPlusMinusStdWithTheMeansDecimals() {
        assertEquals("0.6859 \u00b1 0.0012", new Stat(0.68591, 0.00123, 3).format());
        assertEquals("4763107 \u00b1 1205", new Stat(4763107.2, 1204.8, 3).format());
        assertEquals("12.35", Stat.single(12.345678).format());
        assertEquals("\u2013", Stat.MISSING.format());
    }
}
