package io.macroplace.netlist.testing;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.PortSide;
import java.util.SplittableRandom;

/**
 * Small flat netlists for clustering tests, made from a seed: hard macros in a row along the top
 * of a square canvas, each with pins on its edges; ports down the left edge; standard cells of
 * varied width on a jittered grid below. Every cell drives one net to a few cells near it in
 * index order (so the netlist has local structure a partitioner can find); each macro pin and port
 * drives or is driven by a few cells.
 */
public final class FlatNetlists {
    public static final double SIDE = 400;
    public static final double MACRO_SIZE = 40;

    private FlatNetlists() {
    }

    public static Netlist random(int cells, int macros, int ports, long seed) throws FormatException {
        SplittableRandom rng = new SplittableRandom(seed);
        NetlistBuilder b = new NetlistBuilder("flat-" + seed);
        int[] port = new int[ports];
        for (int p = 0; p < ports; p++) {
            port[p] = b.addPort("in[" + p + "]", 0, SIDE * (p + 0.5) / ports, PortSide.LEFT, 0);
        }
        int[][] pin = new int[macros][4];
        for (int m = 0; m < macros; m++) {
            String name = "ram" + m;
            double x = MACRO_SIZE * (1.5 * m + 1);
            int id = b.addMacro(name, true, MACRO_SIZE, MACRO_SIZE, x, SIDE - MACRO_SIZE, Orientation.N, 0);
            b.setRefName(id, "RAM32");
            for (int k = 0; k < 4; k++) {
                double dx = k % 2 == 0 ? -MACRO_SIZE / 2 : MACRO_SIZE / 2;
                double dy = k < 2 ? -MACRO_SIZE / 4 : MACRO_SIZE / 4;
                pin[m][k] = b.addPin(name + "/p" + k, name, dx, dy, x + dx, SIDE - MACRO_SIZE + dy, 1.0, 0);
            }
        }
        int[] cell = new int[cells];
        String[] cellName = new String[cells];
        int columns = (int) Math.ceil(Math.sqrt(cells));
        double pitch = (SIDE - 2 * MACRO_SIZE) / columns;
        for (int c = 0; c < cells; c++) {
            double x = pitch * (c % columns + 0.5 + 0.3 * (rng.nextDouble() - 0.5));
            double y = pitch * (c / columns + 0.5 + 0.3 * (rng.nextDouble() - 0.5));
            double width = 0.4 + 0.2 * rng.nextInt(8);
            cellName[c] = "u" + c;
            cell[c] = b.addStdCell(cellName[c], width, 1.4, x, y, 1.0, "CELL_X" + (int) (width * 5), 0);
        }
        for (int c = 0; c < cells; c++) {
            int fanout = 1 + rng.nextInt(3);
            for (int k = 0; k < fanout; k++) {
                int near = (c + 1 + rng.nextInt(Math.min(12, cells - 1))) % cells;
                if (rng.nextInt(10) == 0) {
                    near = (near + columns) % cells; // the cell above on the grid
                }
                if (near != c) {
                    b.addInput(cell[c], cellName[near], 0);
                }
            }
        }
        for (int m = 0; m < macros; m++) {
            for (int k = 0; k < 4; k++) {
                int c = rng.nextInt(cells);
                if (k % 2 == 0) {
                    b.addInput(pin[m][k], cellName[c], 0);
                    b.addInput(pin[m][k], cellName[(c + 1) % cells], 0);
                } else {
                    b.addInput(cell[c], "ram" + m + "/p" + k, 0);
                }
            }
        }
        for (int p = 0; p < ports; p++) {
            int c = (int) ((long) p * cells / ports);
            b.addInput(port[p], cellName[c], 0);
        }
        return b.build();
    }
}
