package io.macroplace.env.cost.topk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KLargestSumTest {

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
            for (int k : new int[] {0, 1, n / 20, n / 10, n - 1, n, n + 3}) {
                KLargestSum t = new KLargestSum(n, k);
                double[] v = new double[n];
                for (int step = 0; step < 2000; step++) {
                    int i = r.nextInt(n);
                    // many ties and zeros, some negatives
                    v[i] = switch (r.nextInt(4)) {
                        case 0 -> 0.0;
                        case 1 -> r.nextInt(5);
                        case 2 -> -r.nextDouble();
                        default -> r.nextDouble() * 100;
                    };
                    t.set(i, v[i]);
                    assertEquals(sortedTop(v, k), t.sum(), 1e-9, "n " + n + " k " + k + " step " + step);
                    assertEquals(v[i], t.get(i));
                }
            }
        }
    }

    @Test
    void sumDependsOnTheValuesOnlyNotOnTheHistory() {
        SplittableRandom r = new SplittableRandom(2);
        int n = 300;
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = r.nextDouble() * 1e3 + 1e-7 * r.nextDouble();
        }
        for (int k : new int[] {1, 15, 30, 299}) {
            KLargestSum direct = new KLargestSum(n, k);
            direct.setAll(target);
            KLargestSum wandering = new KLargestSum(n, k);
            for (int step = 0; step < 20_000; step++) {
                wandering.set(r.nextInt(n), r.nextDouble() * 1e3);
            }
            wandering.setAll(target);
            // bit-identical: same values, same split, same fixed-shape sums
            assertEquals(direct.sum(), wandering.sum(), 0.0, "k " + k);
        }
    }
}
