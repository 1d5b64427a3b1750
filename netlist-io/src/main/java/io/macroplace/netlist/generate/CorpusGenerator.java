package io.macroplace.netlist.generate;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded family of diverse synthetic designs for pre-training a placement policy: each member is
 * a {@link GeneratorConfig} drawn from ranges around real blocks, so that a policy sees many
 * netlists, macro counts, shapes and densities rather than one design.
 *
 * <ul>
 *   <li>hard macros 16 to 256 (log-uniform), of 1 to 4 shapes per design: area 1,500 to 30,000 um^2
 *       (log-uniform; ariane133's SRAM is 7,657), height / width 1/3 to 3 (log-uniform), with
 *       random odds;</li>
 *   <li>soft macros (standard-cell clusters) 3 to 8 per hard macro; ports 1 to 4 per hard macro
 *       (at least 16), spread over all four canvas edges;</li>
 *   <li>utilisation (hard + soft macro area over the canvas) 40 to 80 %, canvas height / width 0.7
 *       to 1.4; hard-macro pins 16 to 75, soft-macro pins 6 to 20; net locality varied around the
 *       generator's defaults. The grid is derived as for any generated design.</li>
 * </ul>
 * Member i depends only on (seed, i), so a corpus can be extended without changing its members.
 *
 * <p>A member's initial placement has its hard macros packed legally, as any generated design, and
 * its soft macros at their places in the hidden reference layout the nets were drawn from (clamped
 * into the canvas): like the standard-cell clusters of a real design's input placement (ariane133's
 * legalized.plc), they sit near what they connect to, so a policy that observes soft macros at
 * their input positions learns from a meaningful signal, not from noise.
 */
public final class CorpusGenerator {
    public static final int MIN_HARD = 16;
    public static final int MAX_HARD = 256;
    public static final double MIN_UTILISATION = 0.40;
    public static final double MAX_UTILISATION = 0.80;

    private CorpusGenerator() {
    }

    /** The first {@code n} members of the corpus of this seed. */
    public static List<GeneratorConfig> corpus(long seed, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a corpus needs at least one design, not " + n);
        }
        List<GeneratorConfig> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(member(seed, i));
        }
        return out;
    }

    /** Design {@code index} of the corpus of this seed (see the class comment for its placement). */
    public static GeneratedDesign design(long seed, int index) {
        GeneratedDesign g = DesignGenerator.generate(member(seed, index));
        Netlist n = g.netlist();
        Placement initial = g.plc().placement();
        double[] x = initial.xs();
        double[] y = initial.ys();
        double width = g.plc().header().width().orElseThrow();
        double height = g.plc().header().height().orElseThrow();
        for (int node = 0; node < n.nodeCount(); node++) {
            if (n.kind(node) == NodeKind.SOFT_MACRO) {
                x[node] = clamp(g.reference().x(node), n.width(node) / 2, width - n.width(node) / 2);
                y[node] = clamp(g.reference().y(node), n.height(node) / 2, height - n.height(node) / 2);
            }
        }
        for (int node = 0; node < n.nodeCount(); node++) {
            int macro = n.pinMacro(node);
            if (macro >= 0 && n.kind(macro) == NodeKind.SOFT_MACRO) {
                x[node] += x[macro] - initial.x(macro);
                y[node] += y[macro] - initial.y(macro);
            }
        }
        Placement moved = new Placement(x, y, initial.orientations(), initial.fixedFlags());
        return new GeneratedDesign(g.config(), n, new PlcFile(g.plc().header(), moved), g.reference());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The settings of member {@code index} of the corpus of this seed. */
    public static GeneratorConfig member(long seed, int index) {
        SplittableRandom rng = new SplittableRandom(mix(seed, index));
        int hard = (int) Math.round(logUniform(rng, MIN_HARD, MAX_HARD));
        int shapeCount = 1 + rng.nextInt(4);
        List<HardShape> shapes = new ArrayList<>(shapeCount);
        for (int s = 0; s < shapeCount; s++) {
            double area = logUniform(rng, 1_500, 30_000);
            double aspect = logUniform(rng, 1.0 / 3, 3);
            double height = round3(Math.sqrt(area * aspect));
            double width = round3(area / height);
            shapes.add(new HardShape(width, height, round3(rng.nextDouble(0.2, 1.0))));
        }
        int soft = (int) Math.round(hard * rng.nextDouble(3, 8));
        int ports = Math.max(16, (int) Math.round(hard * rng.nextDouble(1, 4)));
        int hardPins = 16 + rng.nextInt(60);
        int softPins = 6 + rng.nextInt(15);
        double utilisation = round3(rng.nextDouble(MIN_UTILISATION, MAX_UTILISATION));
        double aspect = round3(logUniform(rng, 0.7, 1.4));
        double spread = round3(rng.nextDouble(0.03, 0.08));
        double global = round3(rng.nextDouble(0.02, 0.08));
        GeneratorConfig d = GeneratorConfig.defaults();
        return d.withCounts(hard, soft, ports)
                .withPins(hardPins, softPins)
                .withUtilisation(utilisation, aspect)
                .withNets(d.driverFraction(), d.maxNetDegree(), spread, global)
                .withHardShapes(shapes)
                .withSeed(rng.nextLong());
    }

    private static double logUniform(SplittableRandom rng, double lo, double hi) {
        return Math.exp(rng.nextDouble(Math.log(lo), Math.log(hi)));
    }

    /** Whole thousandths, as the generator's geometry (and short JSON). */
    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long mix(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
