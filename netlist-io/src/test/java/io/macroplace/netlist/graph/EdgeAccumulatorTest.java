package io.macroplace.netlist.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EdgeAccumulatorTest {

    @Test
    void matchesAMapOfPairsThroughGrowthAndKeepsFirstInsertionOrder() {
        EdgeAccumulator acc = new EdgeAccumulator(4);
        Map<String, Double> naive = new LinkedHashMap<>();
        Random r = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            int u = r.nextInt(300);
            int v = r.nextInt(300);
            double w = r.nextInt(5) + 1;
            acc.add(u, v, w);
            naive.merge(Math.min(u, v) + "-" + Math.max(u, v), w, Double::sum);
        }
        assertEquals(naive.size(), acc.size());
        int e = 0;
        for (Map.Entry<String, Double> entry : naive.entrySet()) {
            assertEquals(entry.getKey(), acc.a(e) + "-" + acc.b(e));
            assertEquals(entry.getValue(), acc.weight(e));
            e++;
        }
    }
}
