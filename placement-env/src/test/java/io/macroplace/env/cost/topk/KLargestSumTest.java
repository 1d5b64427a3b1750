package io.macroplace.env.cost.topk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void rollbackAcrossRebuildsRestoresValuesAndSumBitForBit() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 1008;
        int k = 50;
        KLargestSum t = new KLargestSum(n, k);
        double[] committed = new double[n];
        for (int i = 0; i < n; i++) {
            committed[i] = r.nextInt(4) == 0 ? 0.0 : r.nextDouble() * 10;
        }
        t.setAll(committed);
        t.forget();
        long rebuildsBefore = t.rebuilds();
        int sunk = 0;
        for (int round = 0; round < 600; round++) {
            double sumBefore = t.sum();
            double[] proposed = committed.clone();
            int kind = r.nextInt(4);
            if (kind == 0) {
                // the top items sink below the floor: the near items run out, the split is rebuilt
                double cut = sortedKth(committed, 2 * k + 1);
                for (int i = 0; i < n; i++) {
                    if (proposed[i] >= cut) {
                        proposed[i] = -r.nextDouble();
                        t.stage(i, proposed[i]);
                    }
                }
                sunk++;
            } else {
                // a move-sized batch: mostly small values, some around the top
                int size = kind == 1 ? n / 3 : 1 + r.nextInt(120);
                for (int j = 0; j < size; j++) {
                    int i = r.nextInt(n);
                    proposed[i] = r.nextInt(5) == 0 ? r.nextDouble() * 12 : r.nextDouble() * 2;
                    t.stage(i, proposed[i]);
                }
            }
            t.apply();
            assertEquals(sortedTop(proposed, k), t.sum(), 1e-9, "proposed, round " + round);
            if (r.nextBoolean()) {
                t.rollback();
                assertEquals(sumBefore, t.sum(), 0.0, "rollback, round " + round);
                for (int i = 0; i < n; i++) {
                    assertEquals(committed[i], t.get(i), 0.0);
                }
            } else {
                t.forget();
                committed = proposed;
            }
            assertEquals(sortedTop(committed, k), t.sum(), 1e-9, "committed, round " + round);
        }
        assertTrue(sunk > 50 && t.rebuilds() - rebuildsBefore > 100, "rebuilds exercised: " + t.rebuilds());
    }

    @Test
    void smallChangesBelowTheTopRarelyRebuild() {
        SplittableRandom r = new SplittableRandom(6);
        int n = 1008;
        KLargestSum t = new KLargestSum(n, 50);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble();
        }
        t.setAll(v);
        long before = t.rebuilds();
        for (int batch = 0; batch < 2000; batch++) {
            for (int j = 0; j < 100; j++) {
                int i = r.nextInt(n);
                v[i] = Math.max(0, v[i] + (r.nextDouble() - 0.5) * 0.02);
                t.stage(i, v[i]);
            }
            t.apply();
            t.forget();
        }
        assertEquals(sortedTop(v, 50), t.sum(), 1e-9);
        assertTrue(t.rebuilds() - before < 100, "rebuilds per 2000 batches: " + (t.rebuilds() - before));
    }

    private static double sortedKth(double[] v, int k) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length - k];
    }
}
