package io.macroplace.netlist.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The partitioner's parts against naive computations on random hypergraphs. */
class PartitionerTest {

    /** Vertices on a ring, nets of 2..6 pins among near neighbours, weights 1..4, some far nets. */
    static Hypergraph randomHypergraph(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[n];
        for (int v = 0; v < n; v++) {
            w[v] = 1 + rng.nextInt(4);
        }
        Hypergraph.Builder b = new Hypergraph.Builder(w);
        int[] pins = new int[6];
        for (int e = 0; e < 2 * n; e++) {
            int size = 2 + rng.nextInt(5);
            int base = rng.nextInt(n);
            for (int i = 0; i < size; i++) {
                pins[i] = rng.nextInt(20) == 0 ? rng.nextInt(n) : (base + rng.nextInt(15)) % n;
            }
            b.addNet(pins, 0, size, 1 + rng.nextInt(3));
        }
        return b.build();
    }

    /** The cut of a two-way split, net by net. */
    static double naiveCut(Hypergraph h, byte[] side) {
        double cut = 0;
        for (int e = 0; e < h.netCount; e++) {
            boolean[] seen = new boolean[2];
            for (int i = h.netStart[e]; i < h.netStart[e + 1]; i++) {
                seen[side[h.pins[i]]] = true;
            }
            if (seen[0] && seen[1]) {
                cut += h.netWeight[e];
            }
        }
        return cut;
    }

    @Test
    void builderDeduplicatesPinsAndMergesParallelNets() {
        Hypergraph.Builder b = new Hypergraph.Builder(new double[] {1, 1, 1, 1});
        b.addNet(new int[] {0, 1, 1}, 0, 3, 1.5);
        b.addNet(new int[] {1, 0}, 0, 2, 2.0); // parallel to the first once deduplicated
        b.addNet(new int[] {2, 2}, 0, 2, 9.0); // one distinct pin: no net
        b.addNet(new int[] {3, 2, 1}, 0, 3, 1.0);
        Hypergraph h = b.build();
        assertEquals(2, h.netCount);
        assertEquals(3.5, h.netWeight[0]);
        assertArrayEquals(new int[] {0, 1, 1, 2, 3}, h.pins);
        assertEquals(2, h.degree(1));
        assertEquals(1, h.degree(2), "vertex 2 is on one net");
        assertEquals(4.0, h.totalWeight);
    }

    @Test
    void gainHeapPopsLikeASortedList() {
        SplittableRandom rng = new SplittableRandom(4);
        GainHeap heap = new GainHeap(300);
        double[] key = new double[300];
        List<Integer> present = new ArrayList<>();
        for (int step = 0; step < 3000; step++) {
            int v = rng.nextInt(300);
            if (!heap.contains(v)) {
                key[v] = rng.nextInt(20) - 10;
                heap.insert(v, key[v]);
                present.add(v);
            } else if (rng.nextBoolean()) {
                key[v] = rng.nextInt(20) - 10;
                heap.update(v, key[v]);
            } else {
                heap.remove(v);
                present.remove(Integer.valueOf(v));
            }
            if (!present.isEmpty()) {
                int best = present.stream().min((a, b) -> key[a] != key[b] ? Double.compare(key[b], key[a])
                        : Integer.compare(a, b)).get();
                assertEquals(best, heap.top());
                assertEquals(key[best], heap.topKey());
            }
        }
    }

    @Test
    void fmReturnsTheTrueCutAndNeverWorsensABalancedStart() {
        Hypergraph h = randomHypergraph(800, 1);
        byte[] fixed = new byte[h.vertexCount];
        Arrays.fill(fixed, (byte) -1);
        fixed[0] = 0;
        fixed[1] = 1;
        SplittableRandom rng = new SplittableRandom(2);
        byte[] side = new byte[h.vertexCount];
        double w0 = 0;
        for (int v = 0; v < h.vertexCount; v++) {
            side[v] = fixed[v] >= 0 ? fixed[v] : (byte) rng.nextInt(2);
            w0 += side[v] == 0 ? h.vertexWeight[v] : 0;
        }
        double max = h.totalWeight / 2 * 1.05;
        FmRefiner fm = new FmRefiner(h, fixed, Math.max(max, w0), Math.max(max, h.totalWeight - w0));
        double before = naiveCut(h, side);
        double after = fm.refine(side, 10);
        assertEquals(naiveCut(h, side), after, 1e-9);
        assertTrue(after < 0.8 * before, "FM on a random split of a local netlist: " + before + " -> " + after);
        assertEquals(0, side[0]);
        assertEquals(1, side[1]);
    }

    @Test
    void multilevelBisectionMeetsItsBalance() {
        Hypergraph h = randomHypergraph(5000, 3);
        byte[] fixed = new byte[h.vertexCount];
        Arrays.fill(fixed, (byte) -1);
        double target0 = h.totalWeight * 0.3;
        byte[] side = Bisection.bisect(h, fixed, target0, 0.02, Bisection.Settings.defaults(), new SplittableRandom(5));
        double w0 = 0;
        for (int v = 0; v < h.vertexCount; v++) {
            w0 += side[v] == 0 ? h.vertexWeight[v] : 0;
        }
        assertTrue(w0 <= target0 * 1.02 + 1e-9 && h.totalWeight - w0 <= (h.totalWeight - target0) * 1.02 + 1e-9,
                "side 0 weighs " + w0 + " for a target of " + target0);
        // a ring of local nets has a small bisection: far below what a random split cuts
        double netWeight = Arrays.stream(h.netWeight).sum();
        assertTrue(naiveCut(h, side) < 0.1 * netWeight, "cut " + naiveCut(h, side) + " of " + netWeight);
    }

    @Test
    void recursiveBisectionKeepsFixedVerticesAndBoundsEveryPart() {
        Hypergraph h = randomHypergraph(3000, 7);
        int parts = 13;
        int[] fixedPart = new int[h.vertexCount];
        Arrays.fill(fixedPart, -1);
        for (int v = 0; v < 26; v++) {
            fixedPart[v * 100] = v % parts;
        }
        double eps = 0.1;
        int[] part = RecursiveBisection.partition(h, fixedPart, parts, eps, Bisection.Settings.defaults(), 9);
        double[] w = new double[parts];
        for (int v = 0; v < h.vertexCount; v++) {
            w[part[v]] += h.vertexWeight[v];
            if (fixedPart[v] >= 0) {
                assertEquals(fixedPart[v], part[v]);
            }
        }
        for (double x : w) {
            assertTrue(x <= h.totalWeight / parts * (1 + eps) + 1e-9, Arrays.toString(w));
        }
        assertArrayEquals(part, RecursiveBisection.partition(h, fixedPart, parts, eps, Bisection.Settings.defaults(), 9),
                "same seed, same partition");
    }

    @Test
    void kWayRefinementLowersConnectivityWithinTheBounds() {
        Hypergraph h = randomHypergraph(2000, 8);
        int parts = 10;
        SplittableRandom rng = new SplittableRandom(1);
        int[] part = new int[h.vertexCount];
        for (int v = 0; v < part.length; v++) {
            part[v] = v * parts / part.length; // contiguous blocks of the ring, then noise
            if (rng.nextInt(5) == 0) {
                part[v] = rng.nextInt(parts);
            }
        }
        boolean[] fixed = new boolean[h.vertexCount];
        fixed[5] = true;
        int fixedPart = part[5];
        double[] max = new double[parts];
        double[] before = new double[parts];
        for (int v = 0; v < part.length; v++) {
            before[part[v]] += h.vertexWeight[v];
        }
        for (int q = 0; q < parts; q++) {
            max[q] = Math.max(before[q], h.totalWeight / parts * 1.2);
        }
        double connectivity = h.cut(part, true, parts);
        int moves = KWayRefiner.refine(h, part, parts, fixed, max, 20, new SplittableRandom(3));
        assertTrue(moves > 0);
        assertTrue(h.cut(part, true, parts) < 0.7 * connectivity, connectivity + " -> " + h.cut(part, true, parts));
        assertEquals(fixedPart, part[5]);
        double[] after = new double[parts];
        for (int v = 0; v < part.length; v++) {
            after[part[v]] += h.vertexWeight[v];
        }
        for (int q = 0; q < parts; q++) {
            assertTrue(after[q] <= max[q] + 1e-9);
        }
    }

    @Test
    void sequenceTableGivesEqualSequencesOneId() {
        SequenceTable t = new SequenceTable();
        SplittableRandom rng = new SplittableRandom(6);
        List<int[]> seen = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            int[] s = new int[1 + rng.nextInt(3)];
            for (int k = 0; k < s.length; k++) {
                s[k] = rng.nextInt(12);
            }
            int id = t.intern(s, 0, s.length);
            int expected = -1;
            for (int j = 0; j < seen.size() && expected < 0; j++) {
                if (Arrays.equals(seen.get(j), s)) {
                    expected = j;
                }
            }
            if (expected < 0) {
                seen.add(s);
                expected = seen.size() - 1;
            }
            assertEquals(expected, id);
        }
        assertEquals(seen.size(), t.size());
        assertEquals(seen.get(7)[0], t.get(7, 0));
    }
}
