package io.macroplace.env.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostModelTest {

    @Test
    void floorDivByTheInverseAgreesWithTheDivisionEvenOnGridLines() {
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 500_000; i++) {
            // cell sizes like real grids (W / columns), points on, next to and between grid lines
            double d = (50 + r.nextDouble() * 2000) / (1 + r.nextInt(300));
            if (r.nextInt(4) == 0) {
                d = (1 + r.nextInt(3000)) / (double) (1 + r.nextInt(50));
            }
            int k = r.nextInt(400) - 20;
            double x = switch (r.nextInt(5)) {
                case 0 -> k * d;
                case 1 -> Math.nextUp(k * d);
                case 2 -> Math.nextDown(k * d);
                case 3 -> (k + r.nextDouble()) * d;
                default -> (k * d) * (1 + (r.nextDouble() - 0.5) * 1e-15);
            };
            double expected = Math.floor(x / d);
            assertEquals(expected, CostModel.floorDiv(x, d, 1.0 / d), 0.0, "x " + x + " d " + d);
        }
        assertEquals(Math.floor(Double.NaN / 3), CostModel.floorDiv(Double.NaN, 3, 1.0 / 3));
        assertEquals(Double.POSITIVE_INFINITY, CostModel.floorDiv(Double.POSITIVE_INFINITY, 3, 1.0 / 3));
    }
}
