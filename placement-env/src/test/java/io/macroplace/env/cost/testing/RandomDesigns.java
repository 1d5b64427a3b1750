package io.macroplace.env.cost.testing;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.PinMode;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random designs for tests: hard and soft macros (some partly or wholly off the canvas,
 * some with edges exactly on grid lines), ports, pins with integer and fractional weights, nets
 * of 2..8 pins, and random grid settings (including grids of fewer than 10 cells).
 */
public final class RandomDesigns {
    public static final double W = 100;
    public static final double H = 80;

    private RandomDesigns() {
    }

    /** A design and settings for it. */
    public record Design(Netlist netlist, CostSettings settings) {
    }

    public static Design design(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int cols = 1 + r.nextInt(8);
        int rows = 1 + r.nextInt(8);
        CostSettings s = new CostSettings(W, H, cols, rows, 0.5 + r.nextDouble() * 2, 0.5 + r.nextDouble() * 2,
                r.nextDouble(), r.nextDouble(), r.nextInt(3), 1.0, 0.5, 0.5, List.of(),
                r.nextBoolean() ? PinMode.DEFAULT : PinMode.ORIENTED);
        try {
            return new Design(netlist(r, s), s);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Netlist netlist(SplittableRandom r, CostSettings s) throws Exception {
        NetlistBuilder b = new NetlistBuilder("random");
        List<String> pins = new ArrayList<>();
        List<Integer> pinIds = new ArrayList<>();
        int hard = 1 + r.nextInt(6);
        int soft = r.nextInt(5);
        int ports = 1 + r.nextInt(5);
        int line = 1;
        Orientation[] orients = {Orientation.N, Orientation.S, Orientation.FN, Orientation.FS, Orientation.E,
                Orientation.W};
        for (int m = 0; m < hard + soft; m++) {
            boolean isHard = m < hard;
            double w = 3 + r.nextDouble() * 40;
            double h = 3 + r.nextDouble() * 30;
            double x = -10 + r.nextDouble() * (W + 20);
            double y = -10 + r.nextDouble() * (H + 20);
            if (r.nextInt(4) == 0) {
                // lower-left corner exactly on a grid line
                x = r.nextInt(s.columns() + 1) * s.cellWidth() + w / 2;
                y = r.nextInt(s.rows() + 1) * s.cellHeight() + h / 2;
            }
            Orientation o = isHard ? orients[r.nextInt(orients.length)] : Orientation.N;
            String name = (isHard ? "H" : "S") + m;
            b.addMacro(name, isHard, w, h, x, y, o, line++);
            int np = 1 + r.nextInt(4);
            for (int p = 0; p < np; p++) {
                double weight = switch (r.nextInt(4)) {
                    case 0 -> 2 + r.nextInt(3);
                    case 1 -> 1.5;
                    default -> 1.0;
                };
                String pin = name + "/p" + p;
                int id = b.addPin(pin, name, (r.nextDouble() - 0.5) * w, (r.nextDouble() - 0.5) * h, Double.NaN,
                        Double.NaN, weight, line++);
                pins.add(pin);
                pinIds.add(id);
            }
        }
        for (int p = 0; p < ports; p++) {
            String name = "port" + p;
            double x = r.nextInt(3) == 0 ? -5 + r.nextDouble() * (W + 10) : r.nextDouble() * W;
            int id = b.addPort(name, x, r.nextDouble() * H, PortSide.NONE, line++);
            pins.add(name);
            pinIds.add(id);
        }
        int nets = 1 + r.nextInt(pins.size() + 3);
        boolean[] drives = new boolean[pins.size()];
        for (int n = 0; n < nets; n++) {
            int d = r.nextInt(pins.size());
            if (drives[d] || pins.size() < 2) {
                continue;
            }
            drives[d] = true;
            int sinks = 1 + r.nextInt(Math.min(7, pins.size() - 1));
            boolean[] used = new boolean[pins.size()];
            used[d] = true;
            for (int k = 0; k < sinks; k++) {
                int t = r.nextInt(pins.size());
                if (!used[t]) {
                    used[t] = true;
                    b.addInput(pinIds.get(d), pins.get(t), line);
                }
            }
            line++;
        }
        return b.build();
    }
}
