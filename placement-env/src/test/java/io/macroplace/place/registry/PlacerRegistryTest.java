package io.macroplace.place.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.macroplace.place.PipelinePlacer;
import io.macroplace.place.Placer;
import io.macroplace.place.sa.AnnealingPlacer;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacerRegistryTest {
    private final PlacerRegistry builtIn = PlacerRegistry.builtIn();

    @Test
    void parsesSingleMethodsAndPipelines() {
        assertEquals(List.of("random", "greedy", "ea", "sa", "cd"), builtIn.names());
        for (String name : builtIn.names()) {
            assertEquals(name, builtIn.parse(name).name());
        }
        Placer pipeline = builtIn.parse(" Greedy + SA + cd ");
        assertInstanceOf(PipelinePlacer.class, pipeline);
        assertEquals("greedy+sa+cd", pipeline.name());
    }

    @Test
    void anUnknownOrEmptyNameIsRejectedWithEveryKnownMethod() {
        UnknownMethodException e = assertThrows(UnknownMethodException.class, () -> builtIn.parse("greedy+ Anneal"));
        assertEquals("unknown method \"anneal\"; known: random, greedy, ea, sa, cd, and pipelines joined by '+' "
                + "such as greedy+sa+cd", e.getMessage());
        assertEquals("anneal", e.name());
        assertEquals(builtIn.names(), e.known());
        assertEquals("unknown method \"anneal\"; did you mean \"sa\"? known: random, greedy, ea, sa, cd, and pipelines "
                + "joined by '+' such as greedy+sa+cd", e.suggesting("sa").getMessage());
        assertEquals("empty method name; known: random, greedy, ea, sa, cd, and pipelines joined by '+' such as "
                + "greedy+sa+cd", assertThrows(IllegalArgumentException.class, () -> builtIn.parse("sa+")).getMessage());
    }

    @Test
    void anAddedMethodParsesAloneAndInPipelinesAndIsListed() {
        Placer mine = builtIn.parse("greedy");
        PlacerRegistry r = builtIn.with(new Method("mine", "a test method", o -> mine));
        assertSame(mine, r.parse("mine"));
        assertEquals("greedy+sa", r.parse("mine+sa").name());
        assertEquals(List.of("random", "greedy", "ea", "sa", "cd", "mine"), r.names());
        assertThrows(IllegalArgumentException.class, () -> builtIn.parse("mine"), "the built-in registry is unchanged");
        assertThrows(IllegalArgumentException.class, () -> r.with(new Method("sa", "again", o -> mine)));
        assertThrows(IllegalArgumentException.class, () -> new Method("Bad Name", "", o -> mine));
    }

    @Test
    void optionsReachTheMethodThatUsesThem() {
        Placer sa = builtIn.parse("sa", MethodOptions.defaults().withSaMoves(1234L).withThreads(3));
        assertEquals(1234L, ((AnnealingPlacer) sa).config().maxMoves());
        assertEquals(3, ((AnnealingPlacer) sa).config().threads());
        AnnealingPlacer byDefault = (AnnealingPlacer) builtIn.parse("sa");
        assertEquals(Long.MAX_VALUE, byDefault.config().maxMoves());
        assertEquals(Runtime.getRuntime().availableProcessors(), byDefault.config().threads());
        assertThrows(IllegalArgumentException.class, () -> MethodOptions.defaults().withSaMoves(0L));
        assertThrows(IllegalArgumentException.class, () -> MethodOptions.defaults().withThreads(0));
    }

    @Test
    void withoutProvidersTheStandardRegistryIsTheBuiltInOne() {
        // placement-env's test class path has no MethodProvider (rl-policy's "rl" is tested in the cli)
        assertEquals(builtIn.names(), PlacerRegistry.standard().names());
    }
}
