package io.macroplace.bench;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.ct.CtNetlistReader;
import io.macroplace.netlist.ct.CtNetlistWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A bigger flat design for the clustering scale benchmark: {@code COPIES} copies of a CT netlist
 * side by side in x (each shifted by the design's width), nodes of copy k renamed {@code tk/NAME}
 * (copy 0 keeps its names), nets repeated within each copy. Written to OUT, never to the project.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.TileDesign NETLIST COPIES OUT.pb.txt.gz
 * </pre>
 */
public final class TileDesign {
    private TileDesign() {
    }

    public static void main(String[] args) throws Exception {
        Netlist n = CtNetlistReader.read(Path.of(args[0]));
        int copies = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        double width = 0;
        for (int v = 0; v < n.nodeCount(); v++) {
            if (!n.kind(v).isPin() && Double.isFinite(n.x(v))) {
                width = Math.max(width, n.x(v) + n.width(v) / 2);
            }
        }
        NetlistBuilder b = new NetlistBuilder(out.toString());
        int nodes = n.nodeCount();
        for (int k = 0; k < copies; k++) {
            double dx = k * width;
            for (int v = 0; v < nodes; v++) {
                String name = rename(n.name(v), k);
                double x = n.x(v) + dx;
                int id = switch (n.kind(v)) {
                    case PORT -> b.addPort(name, x, n.y(v), n.side(v), 0);
                    case HARD_MACRO, SOFT_MACRO -> {
                        int m = b.addMacro(name, n.kind(v) == NodeKind.HARD_MACRO, n.width(v), n.height(v), x, n.y(v),
                                n.orientation(v), 0);
                        if (n.refName(v) != null) {
                            b.setRefName(m, n.refName(v));
                        }
                        yield m;
                    }
                    case HARD_MACRO_PIN, SOFT_MACRO_PIN -> b.addPin(name, rename(n.name(n.pinMacro(v)), k),
                            n.pinOffsetX(v), n.pinOffsetY(v), x, n.y(v), n.weight(v), 0);
                    case STDCELL -> b.addStdCell(name, n.width(v), n.height(v), x, n.y(v), n.weight(v), n.refName(v), 0);
                };
                if (id != k * nodes + v) {
                    throw new IllegalStateException("node ids out of step");
                }
            }
            for (int e = 0; e < n.netCount(); e++) {
                int[] sinks = new int[n.netSize(e) - 1];
                for (int i = 0; i < sinks.length; i++) {
                    sinks[i] = k * nodes + n.netPin(n.netStart(e) + 1 + i);
                }
                b.addNet(k * nodes + n.netDriver(e), sinks, n.netWeight(e), 0);
            }
        }
        Netlist tiled = b.build();
        CtNetlistWriter.write(tiled, Placement.of(tiled), out);
        int components = tiled.count(NodeKind.STDCELL) + tiled.count(NodeKind.HARD_MACRO)
                + tiled.count(NodeKind.SOFT_MACRO);
        System.out.printf(Locale.ROOT, "wrote %s: %d copies, %,d nodes, %,d components (cells and macros), %,d nets, "
                + "%,d ports, width %.1f%n", out, copies, tiled.nodeCount(), components, tiled.netCount(),
                tiled.count(NodeKind.PORT), copies * width);
    }

    private static String rename(String name, int copy) {
        return copy == 0 ? name : "t" + copy + "/" + name;
    }
}
