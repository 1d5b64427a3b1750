package io.macroplace.netlist.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws nets over terminals (pins and ports) that sit at positions of a hidden reference layout.
 * Degrees follow a clustered-netlist shape: half the nets have 2 pins, 18% have 3, the rest a
 * k^-3 tail up to the maximum (mean about 3.6, as ariane133). Sinks are drawn near the driver
 * (Gaussian, wider for bigger nets) through a bucket grid, a few anywhere; never a pin of the
 * driver's own macro, never twice in one net. Flat arrays only: millions of pins in seconds.
 */
final class NetSynthesizer {
    private static final double P2 = 0.50;
    private static final double P3 = 0.18;
    private static final double TAIL_EXPONENT = 3.0;
    private static final int LOCAL_TRIES = 8;

    /** Net CSR over terminal indexes: driver first. */
    record Nets(int[] start, int[] pins) {
        int count() {
            return start.length - 1;
        }
    }

    private final float[] tx;
    private final float[] ty;
    private final int[] owner;
    private final double width;
    private final double height;
    private final int bucketsX;
    private final int bucketsY;
    private final int[] bucketStart;
    private final int[] bucketTerms;

    /**
     * @param tx    reference x of each terminal
     * @param owner the macro (or port) each terminal belongs to; sinks never share the driver's
     */
    NetSynthesizer(float[] tx, float[] ty, int[] owner, double width, double height) {
        this.tx = tx;
        this.ty = ty;
        this.owner = owner;
        this.width = width;
        this.height = height;
        int t = tx.length;
        // about 16 terminals a bucket: a hard macro's pins share one spot, so buckets are lumpy anyway
        double cells = Math.max(1, t / 16.0);
        this.bucketsX = (int) Math.max(1, Math.round(Math.sqrt(cells * width / height)));
        this.bucketsY = (int) Math.max(1, Math.round(cells / bucketsX));
        this.bucketStart = new int[bucketsX * bucketsY + 1];
        int[] bucketOf = new int[t];
        for (int i = 0; i < t; i++) {
            bucketOf[i] = bucket(tx[i], ty[i]);
            bucketStart[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < bucketsX * bucketsY; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        this.bucketTerms = new int[t];
        int[] fill = Arrays.copyOf(bucketStart, bucketsX * bucketsY);
        for (int i = 0; i < t; i++) {
            bucketTerms[fill[bucketOf[i]]++] = i;
        }
    }

    private int bucket(double x, double y) {
        int bx = (int) (x / width * bucketsX);
        int by = (int) (y / height * bucketsY);
        bx = Math.min(bucketsX - 1, Math.max(0, bx));
        by = Math.min(bucketsY - 1, Math.max(0, by));
        return by * bucketsX + bx;
    }

    /** Cumulative probabilities of degrees 2..maxDegree (index k - 2). */
    static double[] degreeCdf(int maxDegree) {
        double[] p = new double[maxDegree - 1];
        p[0] = maxDegree == 2 ? 1 : P2;
        if (maxDegree >= 3) {
            p[1] = maxDegree == 3 ? 1 - P2 : P3;
        }
        double tailMass = 1 - P2 - P3;
        double norm = 0;
        for (int k = 4; k <= maxDegree; k++) {
            norm += Math.pow(k, -TAIL_EXPONENT);
        }
        for (int k = 4; k <= maxDegree; k++) {
            p[k - 2] = tailMass * Math.pow(k, -TAIL_EXPONENT) / norm;
        }
        double[] cdf = new double[p.length];
        double acc = 0;
        for (int i = 0; i < p.length; i++) {
            acc += p[i];
            cdf[i] = acc;
        }
        cdf[cdf.length - 1] = 1.0;
        return cdf;
    }

    /**
     * @param drivers    terminal indexes that drive a net, ascending; one net each, in that order
     * @param spread     sigma of a 2-pin net's sink offset, as a fraction of the canvas side
     * @param globalShare share of sinks drawn uniformly
     */
    Nets draw(int[] drivers, int maxDegree, double spread, double globalShare, SplittableRandom rng) {
        int t = tx.length;
        double[] cdf = degreeCdf(maxDegree);
        int[] start = new int[drivers.length + 1];
        int[] pins = new int[Math.max(16, drivers.length * 4)];
        int pos = 0;
        for (int n = 0; n < drivers.length; n++) {
            int d = drivers[n];
            int k = Math.min(sampleDegree(cdf, rng), t);
            if (pos + k > pins.length) {
                pins = Arrays.copyOf(pins, Math.max(pins.length * 3 / 2, pos + k));
            }
            start[n] = pos;
            pins[pos] = d;
            int netFrom = pos;
            pos++;
            double sigmaX = spread * width * Math.sqrt(k / 2.0);
            double sigmaY = spread * height * Math.sqrt(k / 2.0);
            for (int s = 1; s < k; s++) {
                int sink = -1;
                for (int attempt = 0; attempt < LOCAL_TRIES && sink < 0; attempt++) {
                    int c = rng.nextDouble() < globalShare ? rng.nextInt(t)
                            : nearby(tx[d] + rng.nextGaussian() * sigmaX, ty[d] + rng.nextGaussian() * sigmaY, rng);
                    if (c >= 0 && acceptable(c, d, pins, netFrom, pos)) {
                        sink = c;
                    }
                }
                if (sink < 0) {
                    sink = anywhere(d, pins, netFrom, pos, rng);
                }
                if (sink < 0) {
                    break; // no terminal left for this net (tiny design): keep it smaller
                }
                pins[pos++] = sink;
            }
            if (pos - netFrom < 2) {
                // a net needs a sink; only possible when every terminal is on the driver's macro
                throw new IllegalArgumentException("no terminal outside the driver's macro to connect to");
            }
        }
        start[drivers.length] = pos;
        return new Nets(start, Arrays.copyOf(pins, pos));
    }

    private int nearby(double x, double y, SplittableRandom rng) {
        int b = bucket(Math.min(Math.max(x, 0), width), Math.min(Math.max(y, 0), height));
        int size = bucketStart[b + 1] - bucketStart[b];
        return size == 0 ? -1 : bucketTerms[bucketStart[b] + rng.nextInt(size)];
    }

    private boolean acceptable(int c, int driver, int[] pins, int from, int to) {
        if (owner[c] == owner[driver]) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (pins[i] == c) {
                return false;
            }
        }
        return true;
    }

    /** A uniform sink for a crowded neighbourhood or a tiny design; -1 when none is left. */
    private int anywhere(int driver, int[] pins, int from, int to, SplittableRandom rng) {
        int t = tx.length;
        for (int attempt = 0; attempt < 64; attempt++) {
            int c = rng.nextInt(t);
            if (acceptable(c, driver, pins, from, to)) {
                return c;
            }
        }
        int first = rng.nextInt(t);
        for (int i = 0; i < t; i++) {
            int c = (first + i) % t;
            if (acceptable(c, driver, pins, from, to)) {
                return c;
            }
        }
        return -1;
    }

    private static int sampleDegree(double[] cdf, SplittableRandom rng) {
        double u = rng.nextDouble();
        int i = 0;
        while (cdf[i] < u) {
            i++;
        }
        return i + 2;
    }
}
