package io.macroplace.netlist.generate;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcFile;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Makes synthetic clustered netlists in the shape of Circuit Training's (ports, hard macros with
 * pins on their edges, soft macros {@code Grp_i} with pins at their centre), for sample designs,
 * tests and scaling benchmarks. Same config, same design: every random choice comes from one
 * seeded {@link SplittableRandom}, split per phase so that phases do not disturb each other.
 *
 * <p>Node order: ports, then each hard macro followed by its pins, then each soft macro followed
 * by its pins. Names: {@code port_i}, {@code M_i}, {@code M_i/p_k}, {@code Grp_i}, {@code Grp_i/p_k}.
 * Every port drives a net (so none is left unconnected); other drivers are drawn at random. Each
 * pin or port drives at most one net, in ascending node order, so the netlist can be written as a
 * .pb.txt and read back unchanged. Sizes and positions are whole thousandths of a micron.
 */
public final class DesignGenerator {
    /** SRAM-like shapes (thousandths of a micron) and their cumulative odds: ariane133's 57.57 x 133 and kin. */
    private static final long[][] HARD_SHAPES = {{57_570, 133_000}, {115_140, 66_500}, {28_785, 66_500}, {172_710, 133_000}};
    private static final double[] HARD_SHAPE_CDF = {0.40, 0.65, 0.85, 1.0};
    /** Median soft macro area in square microns (ariane133's clusters average about 550). */
    private static final double SOFT_MEDIAN_AREA = 500;
    /** Share of hard-macro pins on the bottom edge, like SRAM pin rows; the rest on the other edges. */
    private static final double BOTTOM_EDGE_SHARE = 0.7;

    private DesignGenerator() {
    }

    public static GeneratedDesign generate(GeneratorConfig c) {
        SplittableRandom root = new SplittableRandom(c.seed());
        SplittableRandom shapeRng = root.split();
        SplittableRandom pinRng = root.split();
        SplittableRandom placeRng = root.split();
        SplittableRandom refRng = root.split();
        SplittableRandom netRng = root.split();

        int nh = c.hardMacros();
        int ns = c.softMacros();
        int np = c.ports();
        long[] w = new long[nh + ns];
        long[] h = new long[nh + ns];
        double area = 0;
        long[][] shapes = HARD_SHAPES;
        double[] cdf = HARD_SHAPE_CDF;
        if (!c.hardShapes().isEmpty()) {
            shapes = new long[c.hardShapes().size()][];
            cdf = new double[shapes.length];
            double total = c.hardShapes().stream().mapToDouble(HardShape::weight).sum();
            double acc = 0;
            for (int i = 0; i < shapes.length; i++) {
                HardShape hs = c.hardShapes().get(i);
                shapes[i] = new long[] {Math.max(1, Math.round(hs.width() * 1000)), Math.max(1, Math.round(hs.height() * 1000))};
                acc += hs.weight();
                cdf[i] = i == shapes.length - 1 ? 1.0 : acc / total;
            }
        }
        for (int m = 0; m < nh; m++) {
            double u = shapeRng.nextDouble();
            int s = 0;
            while (cdf[s] < u) {
                s++;
            }
            w[m] = shapes[s][0];
            h[m] = shapes[s][1];
            area += w[m] * 1e-3 * h[m] * 1e-3;
        }
        for (int m = nh; m < nh + ns; m++) {
            double a = SOFT_MEDIAN_AREA * Math.exp(0.5 * shapeRng.nextGaussian());
            double aspect = Math.exp(shapeRng.nextDouble(-Math.log(2), Math.log(2)));
            double hh = Math.sqrt(a * aspect);
            h[m] = Math.max(1, Math.round(hh * 1000));
            w[m] = Math.max(1, Math.round(a / hh * 1000));
            area += w[m] * 1e-3 * h[m] * 1e-3;
        }
        long cw;
        long ch;
        if (c.canvasWidth() > 0) {
            cw = Math.round(c.canvasWidth() * 1000);
            ch = Math.round(c.canvasHeight() * 1000);
        } else {
            double canvasArea = area / c.utilisation();
            double width = Math.sqrt(canvasArea / c.aspectRatio());
            cw = (long) Math.ceil(width * 1000);
            ch = (long) Math.ceil(width * c.aspectRatio() * 1000);
            // a few big macros on a small derived canvas: make every macro fit at least alone
            for (int m = 0; m < nh + ns; m++) {
                cw = Math.max(cw, w[m]);
                ch = Math.max(ch, h[m]);
            }
        }
        Integer[] tallFirst = new Integer[nh];
        for (int m = 0; m < nh; m++) {
            tallFirst[m] = m;
        }
        Arrays.sort(tallFirst, (a, b) -> h[a] != h[b] ? Long.compare(h[b], h[a]) : Integer.compare(a, b));
        int[] order = Arrays.stream(tallFirst).mapToInt(Integer::intValue).toArray();
        if (c.canvasWidth() == 0) {
            // with few macros the shelves can need more room than the area says (two 115-wide
            // macros on a 121-wide canvas stack): grow the derived canvas, aspect kept, until they fit
            double grow = 1;
            long w0 = cw;
            long h0 = ch;
            while (ShelfPacker.shelvesHeight(w, h, order, cw) > ch) {
                grow *= 1.01;
                cw = (long) Math.ceil(w0 * grow);
                ch = (long) Math.ceil(h0 * grow);
            }
        }
        int cols = c.gridCols() > 0 ? c.gridCols() : (int) Math.max(4, Math.round(0.8 * Math.sqrt(nh + ns)));
        int rows = c.gridRows() > 0 ? c.gridRows() : (int) Math.max(1, Math.round(cols * (double) ch / cw));

        // initial placement: hard macros legal in shelves, soft macros anywhere inside, in thousandths
        long[] centreX = new long[nh + ns]; // doubled thousandths: odd sizes give half-thousandth centres
        long[] centreY = new long[nh + ns];
        long[] ll = new long[2 * nh];
        ShelfPacker.pack(w, h, order, cw, ch, ll);
        for (int m = 0; m < nh; m++) {
            centreX[m] = 2 * ll[2 * m] + w[m];
            centreY[m] = 2 * ll[2 * m + 1] + h[m];
        }
        for (int m = nh; m < nh + ns; m++) {
            centreX[m] = 2 * inside(cw, w[m], placeRng) + w[m];
            centreY[m] = 2 * inside(ch, h[m], placeRng) + h[m];
        }

        // ports: random points of the boundary, numbered around it counter-clockwise from (0, 0)
        long perimeter = 2 * (cw + ch);
        long[] around = new long[np];
        for (int i = 0; i < np; i++) {
            around[i] = placeRng.nextLong(perimeter);
        }
        Arrays.sort(around);

        // reference layout for net locality: macros spread uniformly
        double[] refX = new double[nh + ns];
        double[] refY = new double[nh + ns];
        for (int m = 0; m < nh + ns; m++) {
            refX[m] = refRng.nextDouble() * cw / 1000.0;
            refY[m] = refRng.nextDouble() * ch / 1000.0;
        }

        return assemble(c, w, h, centreX, centreY, around, refX, refY, cw, ch, cols, rows, pinRng, netRng);
    }

    private static GeneratedDesign assemble(GeneratorConfig c, long[] w, long[] h, long[] centreX, long[] centreY,
                                            long[] around, double[] refX, double[] refY, long cw, long ch,
                                            int cols, int rows, SplittableRandom pinRng, SplittableRandom netRng) {
        int nh = c.hardMacros();
        int ns = c.softMacros();
        int np = c.ports();
        int terminals = Math.toIntExact(c.terminals());
        int nodes = terminals + nh + ns;
        NetlistBuilder b = new NetlistBuilder("generated(seed=" + c.seed() + ")");
        double[] px = new double[nodes];
        double[] py = new double[nodes];
        double[] rx = new double[nodes];
        double[] ry = new double[nodes];
        boolean[] fixed = new boolean[nodes];
        int[] termNode = new int[terminals];
        int[] termOwner = new int[terminals];
        float[] tx = new float[terminals];
        float[] ty = new float[terminals];
        int t = 0;
        try {
            for (int i = 0; i < np; i++) {
                long a = around[i];
                long x;
                long y;
                PortSide side;
                if (a < cw) {
                    x = a; y = 0; side = PortSide.BOTTOM;
                } else if (a < cw + ch) {
                    x = cw; y = a - cw; side = PortSide.RIGHT;
                } else if (a < 2 * cw + ch) {
                    x = 2 * cw + ch - a; y = ch; side = PortSide.TOP;
                } else {
                    x = 0; y = 2 * (cw + ch) - a; side = PortSide.LEFT;
                }
                int id = b.addPort("port_" + i, x / 1000.0, y / 1000.0, side, 0);
                px[id] = rx[id] = x / 1000.0;
                py[id] = ry[id] = y / 1000.0;
                fixed[id] = true;
                termNode[t] = id;
                termOwner[t] = id;
                tx[t] = (float) px[id];
                ty[t] = (float) py[id];
                t++;
            }
            for (int m = 0; m < nh + ns; m++) {
                boolean hard = m < nh;
                String name = hard ? "M_" + m : "Grp_" + (m - nh);
                double cx = centreX[m] / 2000.0;
                double cy = centreY[m] / 2000.0;
                int id = b.addMacro(name, hard, w[m] / 1000.0, h[m] / 1000.0, cx, cy, Orientation.N, 0);
                px[id] = cx;
                py[id] = cy;
                rx[id] = refX[m];
                ry[id] = refY[m];
                int pins = hard ? c.hardMacroPins() : c.softMacroPins();
                for (int k = 0; k < pins; k++) {
                    double dx = 0;
                    double dy = 0;
                    double weight = 1;
                    if (hard) {
                        double[] off = edgeOffset(w[m], h[m], pinRng);
                        dx = off[0];
                        dy = off[1];
                    } else if (c.softPinWeightMax() > 1) {
                        // a cluster pin stands for several merged wires: weight 1 about half the time
                        weight = Math.min(c.softPinWeightMax(), 1 + (int) (-Math.log(1 - pinRng.nextDouble()) * 1.5));
                    }
                    int pin = b.addPin(name + "/p_" + k, name, dx, dy, cx + dx, cy + dy, weight, 0);
                    px[pin] = cx + dx;
                    py[pin] = cy + dy;
                    rx[pin] = refX[m] + dx;
                    ry[pin] = refY[m] + dy;
                    termNode[t] = pin;
                    termOwner[t] = id;
                    tx[t] = (float) refX[m];
                    ty[t] = (float) refY[m];
                    t++;
                }
            }

            int netCount = (int) Math.max(np, Math.max(1, Math.round(c.driverFraction() * terminals)));
            int[] drivers = chooseDrivers(terminals, np, netCount, netRng);
            NetSynthesizer synth = new NetSynthesizer(tx, ty, termOwner, cw / 1000.0, ch / 1000.0);
            NetSynthesizer.Nets nets = synth.draw(drivers, c.maxNetDegree(), c.netSpread(), c.globalSinkShare(), netRng);
            for (int n = 0; n < nets.count(); n++) {
                int from = nets.start()[n];
                int to = nets.start()[n + 1];
                int[] sinks = new int[to - from - 1];
                for (int i = from + 1; i < to; i++) {
                    sinks[i - from - 1] = termNode[nets.pins()[i]];
                }
                b.addNet(termNode[nets.pins()[from]], sinks, 0);
            }
            Netlist netlist = b.build();
            PlcHeader header = PlcHeader.EMPTY.withGrid(cols, rows).withCanvas(cw / 1000.0, ch / 1000.0)
                    .withRoutes(c.routesPerMicronH(), c.routesPerMicronV())
                    .withMacroRoutes(c.macroRoutesH(), c.macroRoutesV())
                    .withSmoothing(c.smoothing())
                    .withBlock("synthetic_seed" + c.seed());
            byte[] orient = new byte[nodes]; // all N
            Placement initial = new Placement(px, py, orient, fixed);
            Placement reference = new Placement(rx, ry, orient, fixed);
            return new GeneratedDesign(c, netlist, new PlcFile(header, initial), reference);
        } catch (FormatException e) {
            // names are generated unique and every reference is by id: this cannot happen
            throw new IllegalStateException("generator built an inconsistent netlist", e);
        }
    }

    /** A random lower-left coordinate keeping a block of size {@code size} inside [0, extent]. */
    private static long inside(long extent, long size, SplittableRandom rng) {
        return size >= extent ? 0 : rng.nextLong(extent - size + 1);
    }

    /** A pin offset from the centre on one edge of a w x h macro (thousandths in, microns out), just inside. */
    private static double[] edgeOffset(long w, long h, SplittableRandom rng) {
        double u = rng.nextDouble();
        int edge = u < BOTTOM_EDGE_SHARE ? 0 : 1 + (int) ((u - BOTTOM_EDGE_SHARE) / (1 - BOTTOM_EDGE_SHARE) * 3);
        double insetX = Math.max(1, Math.min(500, w / 100));
        double insetY = Math.max(1, Math.min(500, h / 100));
        double alongX = Math.round(rng.nextDouble(-1, 1) * (w / 2.0 - insetX));
        double alongY = Math.round(rng.nextDouble(-1, 1) * (h / 2.0 - insetY));
        double edgeX = Math.floor(w / 2.0 - insetX);
        double edgeY = Math.floor(h / 2.0 - insetY);
        return switch (Math.min(edge, 3)) {
            case 0 -> new double[] {alongX / 1000.0, -edgeY / 1000.0};
            case 1 -> new double[] {edgeX / 1000.0, alongY / 1000.0};
            case 2 -> new double[] {alongX / 1000.0, edgeY / 1000.0};
            default -> new double[] {-edgeX / 1000.0, alongY / 1000.0};
        };
    }

    /**
     * {@code count} distinct terminal indexes, ascending: every port (terminals 0..ports-1, so
     * that no port is left unconnected), then a partial Fisher-Yates shuffle of the others.
     */
    private static int[] chooseDrivers(int terminals, int ports, int count, SplittableRandom rng) {
        int[] all = new int[terminals];
        for (int i = 0; i < terminals; i++) {
            all[i] = i;
        }
        for (int i = ports; i < count; i++) {
            int j = i + rng.nextInt(terminals - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        int[] chosen = Arrays.copyOf(all, count);
        Arrays.sort(chosen);
        return chosen;
    }
}
