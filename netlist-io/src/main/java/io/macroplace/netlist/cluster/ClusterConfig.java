package io.macroplace.netlist.cluster;

/**
 * How to cluster. The defaults are Circuit Training's grouping settings where it has one.
 *
 * @param clusters    clusters the partitioner makes besides the seed groups (CT's num_groups, 500);
 *                    the location split and merge then change the count
 * @param imbalance   a partition's cluster may weigh (area) at most {@code 1 + imbalance} times the
 *                    mean, unless its seed alone weighs more
 * @param maxFanout   nets with more sinks than this are ignored and left out of the result (CT: 500)
 * @param logicLevels levels of logic a seed group takes in around its macro pins or ports (CT: 1)
 * @param utilization a soft macro's area is its cells' area divided by this (CT: 0.5, so twice)
 * @param breakup     split clusters spread over a large area and merge small ones, when the input
 *                    is placed (CT: on)
 * @param runs        multilevel bisections per split, the best kept (hMETIS's Nruns)
 * @param seed        random seed: the same seed gives the same clustering
 */
public record ClusterConfig(int clusters, double imbalance, int maxFanout, int logicLevels, double utilization,
                            boolean breakup, int runs, long seed) {
    public ClusterConfig {
        if (clusters < 1) {
            throw new IllegalArgumentException("clusters must be at least 1, got " + clusters);
        }
        if (!(imbalance >= 0) || Double.isInfinite(imbalance)) {
            throw new IllegalArgumentException("imbalance must be a finite number >= 0, got " + imbalance);
        }
        if (maxFanout < 1) {
            throw new IllegalArgumentException("max fan-out must be at least 1, got " + maxFanout);
        }
        if (logicLevels < 0) {
            throw new IllegalArgumentException("logic levels must be >= 0, got " + logicLevels);
        }
        if (!(utilization > 0 && utilization <= 1)) {
            throw new IllegalArgumentException("utilization must be in (0, 1], got " + utilization);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
    }

    public static ClusterConfig defaults() {
        return new ClusterConfig(500, 0.5, 500, 1, 0.5, true, 3, 1);
    }

    public ClusterConfig withClusters(int c) {
        return new ClusterConfig(c, imbalance, maxFanout, logicLevels, utilization, breakup, runs, seed);
    }

    public ClusterConfig withImbalance(double i) {
        return new ClusterConfig(clusters, i, maxFanout, logicLevels, utilization, breakup, runs, seed);
    }

    public ClusterConfig withMaxFanout(int f) {
        return new ClusterConfig(clusters, imbalance, f, logicLevels, utilization, breakup, runs, seed);
    }

    public ClusterConfig withLogicLevels(int l) {
        return new ClusterConfig(clusters, imbalance, maxFanout, l, utilization, breakup, runs, seed);
    }

    public ClusterConfig withUtilization(double u) {
        return new ClusterConfig(clusters, imbalance, maxFanout, logicLevels, u, breakup, runs, seed);
    }

    public ClusterConfig withBreakup(boolean b) {
        return new ClusterConfig(clusters, imbalance, maxFanout, logicLevels, utilization, b, runs, seed);
    }

    public ClusterConfig withRuns(int r) {
        return new ClusterConfig(clusters, imbalance, maxFanout, logicLevels, utilization, breakup, r, seed);
    }

    public ClusterConfig withSeed(long s) {
        return new ClusterConfig(clusters, imbalance, maxFanout, logicLevels, utilization, breakup, runs, s);
    }
}
