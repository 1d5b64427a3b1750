package io.macroplace.distributed.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.macroplace.place.sa.SaConfig;
import org.junit.jupiter.api.Test;

class RecordSettingsTest {
    @Test
    void changesOneComponentThroughTheCanonicalConstructor() {
        SaConfig d = SaConfig.defaults();
        SaConfig c = RecordSettings.with(RecordSettings.with(d, "accept_start", "0.2"), "max_moves", "3e6");
        assertEquals(d.withAcceptStart(0.2).withMaxMoves(3_000_000), c);
        assertEquals(false, RecordSettings.with(d, "soft_at_start", "false").softAtStart());
    }

    @Test
    void refusesUnknownNamesBadValuesAndWhatTheRecordRefuses() {
        SaConfig d = SaConfig.defaults();
        assertEquals("unknown setting \"temperature\" (known: accept_start, cool_to, radius_start, radius_end, "
                        + "soft_every, soft_at_start, spacing, max_moves, threads, epochs)",
                assertThrows(IllegalArgumentException.class, () -> RecordSettings.with(d, "temperature", "1"))
                        .getMessage());
        assertEquals("max_moves: \"1.5\" is not an integer",
                assertThrows(IllegalArgumentException.class, () -> RecordSettings.with(d, "max_moves", "1.5"))
                        .getMessage());
        assertEquals("soft_at_start: \"yes\" is not true or false",
                assertThrows(IllegalArgumentException.class, () -> RecordSettings.with(d, "soft_at_start", "yes"))
                        .getMessage());
        assertEquals("cool_to = 0: bad annealing settings",
                assertThrows(IllegalArgumentException.class, () -> RecordSettings.with(d, "cool_to", "0"))
                        .getMessage());
    }
}
