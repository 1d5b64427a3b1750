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
    void stagedBatchesGiveTheSameSumAsSorting() {
        SplittableRandom r = new SplittableRandom(3);
        for (int n : new int[] {1, 9, 100, 1008}) {
            for (int k : new int[] {1, n / 20 + 1, n / 10, n}) {
                KLargestSum t = new KLargestSum(n, k);
                double[] v = new double[n];
                for (int batch = 0; batch < 300; batch++) {
                    int size = r.nextInt(Math.min(n, 60) + 1);
                    for (int j = 0; j < size; j++) {
                        int i = r.nextInt(n);
                        v[i] = r.nextInt(3) == 0 ? 0.0 : r.nextDouble() * 10;
                        t.stage(i, v[i]);
                    }
                    t.apply();
                    assertEquals(sortedTop(v, k), t.sum(), 1e-9, "n " + n + " k " + k + " batch " + batch);
                }
            }
        }
    }

    @Test
    void rollbackRestoresTheLastForgottenStateBitForBit() {
        SplittableRandom r = new SplittableRandom(4);
        int n = 500;
        KLargestSum t = new KLargestSum(n, 25);
        KLargestSum shadow = new KLargestSum(n, 25);
        double[] committed = new double[n];
        for (int round = 0; round < 400; round++) {
            int size = 1 + r.nextInt(80);
            for (int j = 0; j < size; j++) {
                int i = r.nextInt(n);
                double v = r.nextInt(3) == 0 ? 0.0 : r.nextDouble() * 10;
                if (r.nextBoolean()) {
                    t.stage(i, v);
                } else {
                    t.apply();
                    t.set(i, v);
                }
            }
            t.apply();
            if (r.nextBoolean()) {
                t.rollback();
            } else {
                t.forget();
                for (int i = 0; i < n; i++) {
                    committed[i] = t.get(i);
                }
                shadow.setAll(committed);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(committed[i], t.get(i), 0.0);
            }
            assertEquals(sortedTop(committed, 25), t.sum(), 1e-9, "round " + round);
            assertEquals(shadow.sum(), t.sum(), 0.0, "same values, same sum, round " + round);
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
