package io.macroplace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    @Test
    void parsesUnitsAndCombinations() {
        assertEquals(Duration.ofSeconds(90), DurationConverter.parse("90"));
        assertEquals(Duration.ofSeconds(90), DurationConverter.parse("90s"));
        assertEquals(Duration.ofMinutes(5), DurationConverter.parse("5m"));
        assertEquals(Duration.ofMinutes(90), DurationConverter.parse("1h30m"));
        assertEquals(Duration.ofMillis(250), DurationConverter.parse("250ms"));
        assertEquals(Duration.ofSeconds(30), DurationConverter.parse("0.5m"));
    }

    @Test
    void rejectsNonsense() {
        assertThrows(TypeConversionException.class, () -> DurationConverter.parse("soon"));
        assertThrows(TypeConversionException.class, () -> DurationConverter.parse("5y"));
        assertThrows(TypeConversionException.class, () -> DurationConverter.parse("0s"));
        assertThrows(TypeConversionException.class, () -> DurationConverter.parse(""));
    }

    @Test
    void formatsBack() {
        assertEquals("1h30m", DurationConverter.format(Duration.ofMinutes(90)));
        assertEquals("5m", DurationConverter.format(Duration.ofMinutes(5)));
        assertEquals("90ms", DurationConverter.format(Duration.ofMillis(90)));
        assertEquals("1m5s", DurationConverter.format(Duration.ofSeconds(65)));
    }
}
