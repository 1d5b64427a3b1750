package io.macroplace.env.problem;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.legal.Canvas;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.PlcHeader;
import io.macroplace.netlist.PortSide;
import java.util.List;
import java.util.SplittableRandom;

/** Small random CT-like designs built in memory, for unit tests that need no files. */
public final class TinyDesigns {
    private TinyDesigns() {
    }

    /**
     * A 100 x 80 canvas (see {@link #canvas()}) with {@code hard} hard macros (2-3 pins each at
     * random offsets, all at the canvas centre), {@code soft} soft macros (one pin, random
     * positions), 8 ports on the left and right edges and up to {@code nets} random nets.
     */
    public static Netlist netlist(long seed, int hard, int soft, int nets) {
        try {
            SplittableRandom r = new SplittableRandom(seed);
            NetlistBuilder b = new NetlistBuilder("tiny-" + seed);
            int line = 1;
            int pins = 0;
            int[] pinIds = new int[hard * 3 + soft + 8];
            String[] pinNames = new String[pinIds.length];
            for (int i = 0; i < 8; i++) {
                double x = i < 4 ? 0 : 100;
                double y = 10 + 20 * (i % 4);
                pinNames[pins] = "p" + i;
                pinIds[pins++] = b.addPort("p" + i, x, y, i < 4 ? PortSide.LEFT : PortSide.RIGHT, line++);
            }
            for (int i = 0; i < hard; i++) {
                double w = 6 + r.nextInt(10);
                double h = 5 + r.nextInt(10);
                b.addMacro("M" + i, true, w, h, 50, 40, Orientation.N, line++);
                int k = 2 + r.nextInt(2);
                for (int j = 0; j < k; j++) {
                    String name = "M" + i + "/P" + j;
                    pinNames[pins] = name;
                    pinIds[pins++] = b.addPin(name, "M" + i, (r.nextDouble() - 0.5) * w, (r.nextDouble() - 0.5) * h,
                            Double.NaN, Double.NaN, 1.0 + r.nextInt(2), line++);
                }
            }
            for (int i = 0; i < soft; i++) {
                b.addMacro("S" + i, false, 3 + r.nextInt(4), 3 + r.nextInt(4), 10 + r.nextDouble() * 80,
                        10 + r.nextDouble() * 60, Orientation.N, line++);
                String name = "S" + i + "/P";
                pinNames[pins] = name;
                pinIds[pins++] = b.addPin(name, "S" + i, 0, 0, Double.NaN, Double.NaN, 1.0, line++);
            }
            boolean[] drives = new boolean[pins];
            for (int n = 0; n < nets; n++) {
                int d = r.nextInt(pins);
                if (drives[d]) {
                    continue;
                }
                drives[d] = true;
                int fanout = 1 + r.nextInt(4);
                for (int s = 0; s < fanout; s++) {
                    int t = r.nextInt(pins);
                    if (t != d) {
                        b.addInput(pinIds[d], pinNames[t], line++);
                    }
                }
            }
            return b.build();
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small generated CT-like design (20 hard, 80 soft macros, 30 ports) as a proxy-cost problem. */
    public static io.macroplace.env.problem.PlacementProblem generated(long seed) {
        io.macroplace.netlist.generate.GeneratedDesign g = io.macroplace.netlist.generate.DesignGenerator.generate(
                io.macroplace.netlist.generate.GeneratorConfig.defaults().withCounts(20, 80, 30).withSeed(seed));
        return io.macroplace.env.problem.PlacementProblem.of(g.netlist(),
                io.macroplace.env.cost.CostSettings.resolve(g.netlist(), g.plc().header()), g.plc().placement());
    }

    /**
     * Four 45 x 35 hard macros, all at the centre of a 100 x 80 canvas (10 x 8 cells), each with one
     * pin on a net from a left-edge port: they fit only 2 x 2, so many random draws leave the last
     * macro no room.
     */
    public static PlacementProblem crowded() {
        try {
            NetlistBuilder b = new NetlistBuilder("crowded");
            int port = b.addPort("p", 0, 40, PortSide.LEFT, 1);
            for (int i = 0; i < 4; i++) {
                b.addMacro("M" + i, true, 45, 35, 50, 40, Orientation.N, 2 + i);
                b.addPin("M" + i + "/a", "M" + i, 0, 0, Double.NaN, Double.NaN, 1.0, 10 + i);
                b.addInput(port, "M" + i + "/a", 1);
            }
            Netlist n = b.build();
            CostSettings s = CostSettings.resolve(n, PlcHeader.EMPTY.withCanvas(100, 80).withGrid(10, 8));
            return PlacementProblem.of(n, s, Placement.of(n));
        } catch (FormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 100 x 80 microns, 10 x 8 cells. */
    public static Canvas canvas() {
        return new Canvas(100, 80, 10, 8, List.of());
    }
}
