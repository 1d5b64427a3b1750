package io.macroplace.netlist.ct;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.NetlistBuilder;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Placement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Makes a netlist expressible as a Circuit Training .pb.txt, where a node's {@code input:} list
 * is its one net and the net's weight is the driver's {@code weight} (1 for a port).
 *
 * <p>Bookshelf says more: a cell or port may drive several nets, and a net may weigh what its
 * .wts says whatever drives it. Each extra net driven by a node gets a driver of its own, made
 * after all other nodes (so that existing node ids, hence .plc indexes, stay as they are) and
 * standing exactly where the original does, so that wirelength and the routing topology do not
 * change: a macro pin gets a sibling pin {@code NAME/out<k>} on the same macro with the same
 * offset; a standard cell a zero-size cell {@code NAME/out<k>} (no area, so density is
 * unchanged); a port another port on the same spot and side. A node that drives one net of a
 * weight other than its own takes the net's weight as its weight attribute. A port-driven net
 * whose weight is not 1 cannot be said in CT and is an error.
 */
public final class DriverSplit {

    /**
     * @param netlist   every node of the input, in the same order and with the same ids, then the
     *                  added drivers
     * @param placement the input placement, extended with the added drivers at their originals'
     *                  positions
     * @param added     how many drivers were added
     */
    public record Result(Netlist netlist, Placement placement, int added) {
    }

    private DriverSplit() {
    }

    /** True when {@link CtNetlistWriter} can write the netlist as it is. */
    public static boolean isExpressible(Netlist n) {
        return firstProblem(n) < 0;
    }

    /** The first net CT cannot say as it stands (a second net of its driver, or a weight its driver lacks), or -1. */
    static int firstProblem(Netlist n) {
        for (int e = 0; e < n.netCount(); e++) {
            int d = n.netDriver(e);
            if (n.netOfDriver(d) != e || Double.compare(n.netWeight(e), ctWeight(n, d)) != 0) {
                return e;
            }
        }
        return -1;
    }

    /** The weight CT gives a net driven by {@code node}: its weight attribute; ports weigh 1. */
    private static double ctWeight(Netlist n, int node) {
        return n.kind(node) == NodeKind.PORT ? 1.0 : n.weight(node);
    }

    /**
     * The netlist with one driver per net; the input itself when it needs nothing.
     *
     * @throws FormatException for a port-driven net whose weight is not 1, at the port's line
     */
    public static Result apply(Netlist n, Placement p) throws FormatException {
        if (p.size() != n.nodeCount()) {
            throw new IllegalArgumentException("placement has " + p.size() + " nodes, netlist " + n.nodeCount());
        }
        if (isExpressible(n)) {
            return new Result(n, p, 0);
        }
        int nodes = n.nodeCount();
        // which nets get a new driver, and the weight each original driver must carry
        int[] newDriverOf = new int[n.netCount()];
        Arrays.fill(newDriverOf, -1);
        double[] weight = new double[nodes];
        for (int i = 0; i < nodes; i++) {
            weight[i] = n.weight(i);
        }
        int added = 0;
        for (int e = 0; e < n.netCount(); e++) {
            int d = n.netDriver(e);
            boolean port = n.kind(d) == NodeKind.PORT;
            if (port && Double.compare(n.netWeight(e), 1.0) != 0) {
                throw new FormatException(n.source(), n.line(d), "net " + e + " is driven by port \"" + n.name(d)
                        + "\" and weighs " + n.netWeight(e) + "; Circuit Training gives port-driven nets weight 1");
            }
            if (n.netOfDriver(d) == e) {
                if (!port) {
                    weight[d] = n.netWeight(e);
                }
            } else {
                newDriverOf[e] = nodes + added++;
            }
        }

        NetlistBuilder b = new NetlistBuilder(n.source());
        for (Map.Entry<String, String> m : n.metadata().entrySet()) {
            b.putMetadata(m.getKey(), m.getValue());
        }
        for (int i = 0; i < nodes; i++) {
            copyNode(b, n, i, n.name(i), weight[i]);
        }
        double[] x = Arrays.copyOf(p.xs(), nodes + added);
        double[] y = Arrays.copyOf(p.ys(), nodes + added);
        byte[] o = Arrays.copyOf(p.orientations(), nodes + added);
        boolean[] fixed = Arrays.copyOf(p.fixedFlags(), nodes + added);
        Set<String> taken = new HashSet<>();
        int[] extraCount = new int[nodes];
        for (int e = 0; e < n.netCount(); e++) {
            if (newDriverOf[e] < 0) {
                continue;
            }
            int d = n.netDriver(e);
            String name;
            int k = ++extraCount[d];
            name = n.name(d) + "/out" + k;
            while (n.find(name).isPresent() || !taken.add(name)) {
                name = name + "_";
            }
            NodeKind kind = n.kind(d);
            int id = newDriverOf[e];
            if (kind == NodeKind.STDCELL) {
                b.addStdCell(name, 0, 0, n.x(d), n.y(d), n.netWeight(e), null, n.line(d));
            } else {
                copyNode(b, n, d, name, n.netWeight(e));
            }
            x[id] = p.x(d);
            y[id] = p.y(d);
            o[id] = (byte) p.orientation(d).ordinal();
            fixed[id] = p.fixed(d);
        }
        for (int e = 0; e < n.netCount(); e++) {
            int[] sinks = new int[n.netSize(e) - 1];
            for (int i = 0; i < sinks.length; i++) {
                sinks[i] = n.netPin(n.netStart(e) + 1 + i);
            }
            int d = newDriverOf[e] >= 0 ? newDriverOf[e] : n.netDriver(e);
            b.addNet(d, sinks, n.netWeight(e), n.line(n.netDriver(e)));
        }
        Netlist out = b.build();
        assert isExpressible(out);
        return new Result(out, new Placement(x, y, o, fixed), added);
    }

    /** Adds node {@code i} of {@code n} again, under {@code name}, with {@code weight}. */
    private static void copyNode(NetlistBuilder b, Netlist n, int i, String name, double weight)
            throws FormatException {
        int line = n.line(i);
        switch (n.kind(i)) {
            case PORT -> b.addPort(name, n.x(i), n.y(i), n.side(i), line);
            case HARD_MACRO, SOFT_MACRO -> {
                int id = b.addMacro(name, n.kind(i) == NodeKind.HARD_MACRO, n.width(i), n.height(i), n.x(i), n.y(i),
                        n.orientation(i), line);
                b.setWeight(id, weight);
                if (n.refName(i) != null) {
                    b.setRefName(id, n.refName(i));
                }
            }
            case HARD_MACRO_PIN, SOFT_MACRO_PIN -> b.addPin(name, n.name(n.pinMacro(i)), n.pinOffsetX(i),
                    n.pinOffsetY(i), n.x(i), n.y(i), weight, line);
            case STDCELL -> b.addStdCell(name, n.width(i), n.height(i), n.x(i), n.y(i), weight, n.refName(i), line);
        }
        if (n.kind(i) == NodeKind.PORT && Double.compare(n.weight(i), 1.0) != 0) {
            b.setWeight(b.nodeCount() - 1, n.weight(i));
        }
    }
}
