package io.macroplace.place.ea;

import io.macroplace.env.construct.GreedyDecoder;
import io.macroplace.env.construct.Legalizer;
import io.macroplace.env.model.MacroOrder;
import io.macroplace.env.problem.PlacementProblem;
import io.macroplace.place.Deadline;
import io.macroplace.place.PlacementResult;
import io.macroplace.place.Placer;
import io.macroplace.place.PlacerSupport;
import io.macroplace.place.ProgressListener;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * WireMask-EA: a (mu + mu) evolution over genotypes of preferred macro centres, each decoded by
 * the greedy decoder (every macro on the legal point with the least HPWL increase, ties to the
 * point nearest its gene; "least" within the decoder's tie band). Decoded positions are written back into the genes (Lamarckian), so a
 * child differs from its parent only where mutation redrew genes. The first individual is the
 * plain greedy placement (so the EA never ends worse than greedy); the others are random.
 */
public final class EvolutionPlacer implements Placer {
    private final EaConfig config;

    public EvolutionPlacer(EaConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "ea";
    }

    @Override
    public double budgetShare() {
        return 0.5;
    }

    @Override
    public PlacementResult place(PlacementProblem problem, long seed, Duration budget, ProgressListener listener) {
        Deadline deadline = new Deadline(budget, listener);
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = MacroOrder.of(problem.model());
        int genes = order.length;
        int mu = config.population();
        double width = problem.canvas().width();
        double height = problem.canvas().height();
        GreedyDecoder decoder = GreedyDecoder.of(problem, config.decoder());
        Legalizer legalizer = new Legalizer(problem, config.decoder().spacing());
        double[][] base = problem.initialCentres();
        double[] x = base[0].clone();
        double[] y = base[1].clone();
        // parents 0..mu-1, children mu..2mu-1
        double[][] gx = new double[2 * mu][genes];
        double[][] gy = new double[2 * mu][genes];
        double[] fitness = new double[2 * mu];
        int evaluations = 0;
        // individual 0: the plain greedy placement (decoding its own positions reproduces it)
        double[] centreX = new double[genes];
        double[] centreY = new double[genes];
        java.util.Arrays.fill(centreX, width / 2);
        java.util.Arrays.fill(centreY, height / 2);
        if (GreedyDecoder.of(problem, config.decoder().withTieSlack(0)).decode(order, centreX, centreY, x, y)
                == Double.POSITIVE_INFINITY && !legalizer.pack(x, y)) {
            throw new IllegalStateException("found no legal placement of the hard macros: the canvas is too full");
        }
        for (int g = 0; g < genes; g++) {
            gx[0][g] = x[order[g]];
            gy[0][g] = y[order[g]];
        }
        for (int i = 0; i < mu; i++) {
            for (int g = 0; g < genes && i > 0; g++) {
                gx[i][g] = rng.nextDouble() * width;
                gy[i][g] = rng.nextDouble() * height;
            }
            fitness[i] = evaluate(problem, decoder, order, gx[i], gy[i], base, x, y);
            evaluations++;
        }
        int[] rank = new int[2 * mu];
        double cellW = problem.canvas().cellWidth();
        double cellH = problem.canvas().cellHeight();
        while (evaluations < config.maxEvaluations() && !deadline.over() && genes > 0) {
            for (int c = 0; c < mu; c++) {
                int child = mu + c;
                System.arraycopy(gx[c], 0, gx[child], 0, genes);
                System.arraycopy(gy[c], 0, gy[child], 0, genes);
                int k = 1;
                while (k < genes && rng.nextDouble() < 1 - 1 / config.mutatedGenes()) {
                    k++;
                }
                for (int j = 0; j < k; j++) {
                    int g = rng.nextInt(genes);
                    if (rng.nextDouble() < config.localFraction()) {
                        gx[child][g] = clamp(gx[child][g] + (rng.nextDouble() * 4 - 2) * cellW, width);
                        gy[child][g] = clamp(gy[child][g] + (rng.nextDouble() * 4 - 2) * cellH, height);
                    } else {
                        gx[child][g] = rng.nextDouble() * width;
                        gy[child][g] = rng.nextDouble() * height;
                    }
                }
                fitness[child] = evaluate(problem, decoder, order, gx[child], gy[child], base, x, y);
                evaluations++;
            }
            survivors(fitness, rank, gx, gy, mu);
            // HPWL fitness is not a proxy cost: the listener gets NaN until the result is scored
            listener.progress(name(), deadline.fraction(),
                    config.objective() == EaConfig.Objective.PROXY ? fitness[0] : Double.NaN);
        }
        int best = 0;
        for (int i = 1; i < mu; i++) {
            if (fitness[i] < fitness[best]) {
                best = i;
            }
        }
        System.arraycopy(base[0], 0, x, 0, x.length);
        System.arraycopy(base[1], 0, y, 0, y.length);
        if (decoder.decode(order, gx[best], gy[best], x, y) == Double.POSITIVE_INFINITY) {
            // only when no individual decoded at all: the greedy fallback placement
            System.arraycopy(base[0], 0, x, 0, x.length);
            System.arraycopy(base[1], 0, y, 0, y.length);
            legalizer.pack(x, y);
        }
        return PlacerSupport.finishConstruction(problem, name(), x, y, config.decoder().spacing(), deadline, listener);
    }

    /** Decodes, writes the decoded centres back into the genes, returns the objective. */
    private double evaluate(PlacementProblem problem, GreedyDecoder decoder, int[] order, double[] gx, double[] gy,
                            double[][] base, double[] x, double[] y) {
        System.arraycopy(base[0], 0, x, 0, x.length);
        System.arraycopy(base[1], 0, y, 0, y.length);
        double hpwl = decoder.decode(order, gx, gy, x, y);
        if (hpwl == Double.POSITIVE_INFINITY) {
            return hpwl; // infeasible decode: ranks last, genes left as they were
        }
        for (int g = 0; g < order.length; g++) {
            gx[g] = x[order[g]];
            gy[g] = y[order[g]];
        }
        if (config.objective() == EaConfig.Objective.HPWL) {
            return hpwl;
        }
        PlacerSupport.placeSoftMacros(problem, x, y);
        return problem.evaluator().evaluate(PlacerSupport.write(problem, x, y)).proxy();
    }

    /** Keeps the mu best of parents and children in slots 0..mu-1 (children win ties: drift). */
    private static void survivors(double[] fitness, int[] rank, double[][] gx, double[][] gy, int mu) {
        int n = 2 * mu;
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = 1; i < n; i++) { // insertion sort of 2*mu indices, children first on ties
            int v = rank[i];
            int j = i - 1;
            while (j >= 0 && better(fitness, v, rank[j], mu)) {
                rank[j + 1] = rank[j];
                j--;
            }
            rank[j + 1] = v;
        }
        // permute the slots into rank order (arrays are moved, not copied)
        double[][] oldX = gx.clone();
        double[][] oldY = gy.clone();
        double[] oldF = fitness.clone();
        for (int i = 0; i < n; i++) {
            gx[i] = oldX[rank[i]];
            gy[i] = oldY[rank[i]];
            fitness[i] = oldF[rank[i]];
        }
        Arrays.fill(fitness, mu, n, Double.POSITIVE_INFINITY);
    }

    private static boolean better(double[] f, int a, int b, int mu) {
        if (f[a] != f[b]) {
            return f[a] < f[b];
        }
        return a >= mu && b < mu;
    }

    private static double clamp(double v, double hi) {
        return Math.max(0, Math.min(hi, v));
    }
}
