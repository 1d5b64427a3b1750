package io.macroplace.netlist.def;

import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.lef.LefDefTokenizer;
import java.io.IOException;
import java.util.Map;

/**
 * One item of the PINS section: {@code + NET}, {@code + DIRECTION}, {@code + USE},
 * {@code + SPECIAL}, shapes ({@code + LAYER}, {@code + POLYGON}, {@code + VIA}) and placements,
 * grouped by {@code + PORT} or not. The pin's point is that of its first placed port: the
 * placement point plus the centre of the port's shapes, turned by its orientation.
 */
final class DefPinReader {
    private final DefSyntax s;
    private final LefDefTokenizer t;
    private final DefData d;
    private final Map<String, Integer> pinIndex;

    /** One PORT of a pin while it is read. */
    private static final class Port {
        boolean placed;
        DefStatus status = DefStatus.NONE;
        double x;
        double y;
        Orientation orientation = Orientation.N;
        final double[] box = DefSyntax.emptyBox();
    }

    DefPinReader(DefSyntax s, DefData d, Map<String, Integer> pinIndex) {
        this.s = s;
        this.t = s.t;
        this.d = d;
        this.pinIndex = pinIndex;
    }

    void read() throws IOException {
        int line = t.line();
        String name = t.expectNext("a pin name");
        String net = null;
        String direction = null;
        String use = null;
        boolean special = false;
        Port chosen = null;
        Port port = new Port();
        while (true) {
            t.expectNext("\";\" ending a pin");
            if (t.is(";")) {
                break;
            }
            if (!t.is("+")) {
                s.unclosed("pin", name, line);
                continue;
            }
            String opt = s.nextKeyword("an option after \"+\"");
            switch (opt) {
                case "NET" -> net = t.expectNext("a pin's net");
                case "SPECIAL" -> special = true;
                case "DIRECTION" -> direction = s.nextKeyword("a pin's direction");
                case "USE" -> use = s.nextKeyword("a pin's use");
                case "PORT" -> {
                    if (chosen == null && port.placed) {
                        chosen = port;
                    }
                    port = new Port();
                }
                case "LAYER", "POLYGON" -> {
                    t.expectNext("a layer name");
                    shapePoints(port.box, opt.equals("LAYER") ? 2 : Integer.MAX_VALUE);
                }
                case "VIA" -> {
                    t.expectNext("a via name");
                    shapePoints(port.box, 1);
                }
                case "PLACED", "FIXED", "COVER" -> {
                    s.point("a pin's location");
                    port.orientation = s.orientation(t.expectNext("a pin's orientation"));
                    port.x = s.px;
                    port.y = s.py;
                    port.status = DefStatus.valueOf(opt);
                    port.placed = true;
                }
                default -> {
                    // ANTENNA..., NETEXPR, SUPPLYSENSITIVITY, GROUNDSENSITIVITY, PROPERTY: arguments skipped
                }
            }
        }
        if (chosen == null && port.placed) {
            chosen = port;
        }
        double x = Double.NaN;
        double y = Double.NaN;
        if (chosen != null) {
            x = chosen.x;
            y = chosen.y;
            double[] box = chosen.box;
            if (box[0] <= box[2]) {
                double cx = (box[0] + box[2]) / 2;
                double cy = (box[1] + box[3]) / 2;
                x += chosen.orientation.rotateX(cx, cy);
                y += chosen.orientation.rotateY(cx, cy);
            }
        }
        Integer previous = pinIndex.putIfAbsent(name, d.pins.size());
        if (previous != null) {
            throw new FormatException(t.source(), line, "pin " + name + " is listed twice (first at line "
                    + d.pins.get(previous).line() + ")");
        }
        d.pins.add(new DefPin(name, net, direction, use, special, chosen == null ? DefStatus.NONE : chosen.status,
                x, y, line));
    }

    /**
     * The points of a pin shape ({@code [MASK n] [SPACING d | DESIGNRULEWIDTH w] pt pt...}) into a
     * box, at most {@code max} of them; stops before the next {@code +} or {@code ;}.
     */
    private void shapePoints(double[] box, int max) throws IOException {
        int n = 0;
        while (true) {
            t.expectNext("\";\" ending a pin");
            if (t.is("+") || t.is(";")) {
                t.pushBack();
                return;
            }
            if (t.is("(")) {
                t.pushBack();
                s.point("a pin shape");
                s.extend(box);
                if (++n == max) {
                    return;
                }
            } else {
                String k = s.keyword();
                if (k.equals("MASK") || k.equals("SPACING") || k.equals("DESIGNRULEWIDTH")) {
                    t.expectNext("a value after " + k);
                }
            }
        }
    }
}
