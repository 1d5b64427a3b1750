package io.macroplace.cli.report;

/**
 * Training progress as plain arrays of equal length: the iteration of each point, the mean
 * episode return there, and the best proxy cost found so far. NaN marks a point where a series
 * was not recorded (drawn as a gap).
 */
public record TrainingCurve(double[] iterations, double[] meanReturn, double[] bestProxyCost) {
    public TrainingCurve {
        if (iterations.length != meanReturn.length || iterations.length != bestProxyCost.length) {
            throw new IllegalArgumentException("training curve arrays differ in length: " + iterations.length + ", "
                    + meanReturn.length + ", " + bestProxyCost.length);
        }
        if (iterations.length == 0) {
            throw new IllegalArgumentException("a training curve needs at least one point");
        }
        for (int i = 0; i < iterations.length; i++) {
            if (!Double.isFinite(iterations[i])) {
                throw new IllegalArgumentException("iteration " + i + " is not finite: " + iterations[i]);
            }
            if (i > 0 && iterations[i] < iterations[i - 1]) {
                throw new IllegalArgumentException("iterations must not decrease (at point " + i + ")");
            }
        }
        iterations = iterations.clone();
        meanReturn = meanReturn.clone();
        bestProxyCost = bestProxyCost.clone();
    }

    public int size() {
        return iterations.length;
    }

    @Override
    public double[] iterations() {
        return iterations.clone();
    }

    @Override
    public double[] meanReturn() {
        return meanReturn.clone();
    }

    @Override
    public double[] bestProxyCost() {
        return bestProxyCost.clone();
    }
}
