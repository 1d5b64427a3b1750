package io.macroplace.rl.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigJsonTest {

    @Test
    void roundTrips() {
        RlConfig c = RlConfig.defaults().withPpo(PpoConfig.defaults().withSeed(42).withRollout(7, 3));
        assertEquals(c, ConfigJson.fromJson(ConfigJson.toJson(c)));
    }

    @Test
    void missingKeysTakeTheDefaults() {
        RlConfig c = ConfigJson.fromJson("{\"ppo\": {\"learningRate\": 0.001}}");
        assertEquals(0.001, c.ppo().learningRate());
        assertEquals(PpoConfig.defaults().clipRatio(), c.ppo().clipRatio());
        assertEquals(PolicyConfig.defaults(), c.policy());
    }

    @Test
    void unknownKeysAndBadValuesAreErrors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfigJson.fromJson("{\"ppo\": {\"learningrate\": 0.001}}"));
        assertTrue(e.getMessage().contains("ppo.learningrate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConfigJson.fromJson("{\"ppo\": {\"clipRatio\": -1}}"));
    }
}
