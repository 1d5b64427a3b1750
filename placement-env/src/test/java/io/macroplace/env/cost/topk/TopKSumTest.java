package io.macroplace.env.cost.topk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TopKSumTest {

    private static double sortedTop(double[] v, int k) {
        double[] s = v.clone();
        Arrays.sort(s);
        double sum = 0;
        for (int i = 0; i < k && i < s.length; i++) {
            sum += s[s.length - 1 - i];
        }
        return sum;
    }

    @Test
    void sumOfLargestMatchesSortingUnderRandomUpdates() {
        SplittableRandom r = new SplittableRandom(1);
        for (int n : new int[] {1, 2, 7, 50, 1000}) {
            TopKSum t = new TopKSum(n);
            double[] v = new double[n];
            for (int step = 0; step < 3000; step++) {
                int i = r.nextInt(n);
                // many ties and zeros, some negatives
                v[i] = switch (r.nextInt(4)) {
                    case 0 -> 0.0;
                    case 1 -> r.nextInt(5);
                    case 2 -> -r.nextDouble();
                    default -> r.nextDouble() * 100;
                };
                t.set(i, v[i]);
                int k = r.nextInt(n + 2);
                assertEquals(sortedTop(v, k), t.sumLargest(k), 1e-9, "n " + n + " k " + k);
                assertEquals(Arrays.stream(v).max().getAsDouble(), t.max());
                assertEquals(v[i], t.get(i));
            }
        }
    }

    @Test
    void sumsDependOnTheValuesOnlyNotOnTheHistory() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 300;
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = r.nextDouble() * 1e3 + 1e-7 * r.nextDouble();
        }
        TopKSum direct = new TopKSum(n);
        direct.setAll(target);
        TopKSum wandering = new TopKSum(n);
        for (int step = 0; step < 20_000; step++) {
            wandering.set(r.nextInt(n), r.nextDouble() * 1e3);
        }
        wandering.setAll(target);
        for (int k = 0; k <= n; k++) {
            // bit-identical: the same values give the same tree and the same subtree sums
            assertEquals(direct.sumLargest(k), wandering.sumLargest(k), 0.0, "k " + k);
        }
    }
}
