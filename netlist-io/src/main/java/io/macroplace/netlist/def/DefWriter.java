package io.macroplace.netlist.def;

import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.FormatException;
import io.macroplace.netlist.NodeKind;
import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.Placement;
import io.macroplace.netlist.lef.LefDefFiles;
import io.macroplace.netlist.lef.LefMacro;
import io.macroplace.netlist.lef.LefSite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a DEF back with its hard macros placed: the input file copied byte for byte, except the
 * placement clause of each hard macro whose position, orientation or status changes (and, with
 * {@link Options#unplaceStdCells}, of each PLACED standard cell, which becomes {@code + UNPLACED}).
 *
 * <p>Hard macros are written {@code + FIXED} (or {@code + PLACED}); those FIXED or COVER in the
 * input keep their status. A placed macro is found in the placed netlist by its component name,
 * so any netlist that keeps hard-macro names (a clustered one too) can be written back. Its DEF
 * location is the lower-left corner of its oriented box in database units; a macro that moved is
 * put on the site grid of the rows (x on a site, y on a row boundary), at the nearest grid point
 * that keeps it inside the die and clear of the other macros, else at its exact position
 * (counted as off the grid). A macro that did not move keeps its coordinates as written. The
 * file is written atomically; a name ending in {@code .gz} is gzipped.
 */
public final class DefWriter {
    /** The status written for hard macros. */
    public enum MacroStatus { FIXED, PLACED }

    /**
     * @param status          {@code + FIXED} (the default: a later placer keeps them) or {@code + PLACED}
     * @param unplaceStdCells write PLACED standard cells as UNPLACED, for a placer that starts over
     */
    public record Options(MacroStatus status, boolean unplaceStdCells) {
        public static Options defaults() {
            return new Options(MacroStatus.FIXED, false);
        }
    }

    /**
     * What was written.
     *
     * @param macros         hard macros in the DEF
     * @param moved          hard macros whose location or orientation changed
     * @param offGrid        moved macros left off the site grid (no grid point kept them legal)
     * @param rewritten      components whose line changed
     * @param unplacedCells  standard cells written as UNPLACED
     */
    public record Result(int macros, int moved, int offGrid, int rewritten, int unplacedCells) {
    }

    private DefWriter() {
    }

    /** Writes {@code out} from the DEF the design was read from and a placement of {@code placed}. */
    public static Result write(Path out, DefDesign def, Netlist placed, Placement placement, Options options)
            throws IOException {
        Plan plan = plan(def, placed, placement, options);
        boolean gzip = out.getFileName().toString().endsWith(".gz");
        AtomicFiles.write(out, stream -> {
            OutputStream o = gzip ? new GZIPOutputStream(stream, 1 << 16) : stream;
            copy(def, plan.edits, o);
            if (gzip) {
                ((GZIPOutputStream) o).finish();
            }
        });
        return plan.result;
    }

    /** One change to the input: bytes [start, end) become text. */
    record Edit(long start, long end, String text, char expect) {
    }

    private record Plan(List<Edit> edits, Result result) {
    }

    private static Plan plan(DefDesign def, Netlist placed, Placement placement, Options options) {
        DefComponents c = def.components();
        double dbu = def.dbu();
        int n = c.size();
        // the hard macros: their target rectangles in database units
        List<Integer> hard = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (c.macro(i).klass().isHardMacro()) {
                hard.add(i);
            }
        }
        int k = hard.size();
        double[] x = new double[k];
        double[] y = new double[k];
        double[] w = new double[k];
        double[] h = new double[k];
        Orientation[] o = new Orientation[k];
        boolean[] moved = new boolean[k];
        boolean[] placedNow = new boolean[k];
        for (int m = 0; m < k; m++) {
            int i = hard.get(m);
            LefMacro lm = c.macro(i);
            OptionalInt node = placed.find(c.name(i));
            if (node.isEmpty() || placed.kind(node.getAsInt()) != NodeKind.HARD_MACRO) {
                throw new IllegalArgumentException("the placed design has no hard macro named " + c.name(i)
                        + ", a hard macro of " + def.path());
            }
            int id = node.getAsInt();
            o[m] = placement.orientation(id);
            w[m] = Math.round((o[m].swapsSides() ? lm.height() : lm.width()) * dbu);
            h[m] = Math.round((o[m].swapsSides() ? lm.width() : lm.height()) * dbu);
            double cx = placement.x(id);
            double cy = placement.y(id);
            if (!(Double.isFinite(cx) && Double.isFinite(cy))) {
                x[m] = c.x(i);
                y[m] = c.y(i);
                o[m] = c.orientation(i);
                continue; // stays as it was (unplaced)
            }
            placedNow[m] = true;
            double lx = (cx * dbu - w[m] / 2) + def.die()[0];
            double ly = (cy * dbu - h[m] / 2) + def.die()[1];
            boolean same = c.status(i).placed() && o[m] == c.orientation(i)
                    && Math.abs(lx - c.x(i)) < 1e-3 && Math.abs(ly - c.y(i)) < 1e-3;
            x[m] = same ? c.x(i) : Math.rint(lx);
            y[m] = same ? c.y(i) : Math.rint(ly);
            moved[m] = !same;
        }
        int offGrid = snap(def, x, y, w, h, moved);

        List<Edit> edits = new ArrayList<>();
        int rewritten = 0;
        int unplaced = 0;
        int movedCount = 0;
        String status = options.status().name();
        int m = 0;
        for (int i = 0; i < n; i++) {
            boolean isHard = m < k && hard.get(m) == i;
            if (isHard) {
                int at = m++;
                if (moved[at]) {
                    movedCount++;
                }
                if (!placedNow[at]) {
                    continue;
                }
                // FIXED and COVER macros stay what they were
                String want = c.status(i).fixed() ? c.status(i).name() : status;
                if (!moved[at] && c.status(i).name().equals(want)) {
                    continue; // nothing changes: the line stays as written
                }
                String clause = "+ " + want + " ( " + coordinate(x[at]) + " " + coordinate(y[at]) + " ) "
                        + o[at].name();
                edits.add(clauseEdit(c, i, clause));
                rewritten++;
            } else if (options.unplaceStdCells() && c.status(i) == DefStatus.PLACED) {
                edits.add(new Edit(c.clauseStart(i), c.clauseEnd(i), "+ UNPLACED", '+'));
                rewritten++;
                unplaced++;
            }
        }
        return new Plan(edits, new Result(k, movedCount, offGrid, rewritten, unplaced));
    }

    /** Replaces the component's placement clause, or adds one before its {@code ;} when it has none. */
    private static Edit clauseEdit(DefComponents c, int i, String clause) {
        if (c.clauseStart(i) >= 0) {
            return new Edit(c.clauseStart(i), c.clauseEnd(i), clause, '+');
        }
        return new Edit(c.statementEnd(i), c.statementEnd(i), clause + " ", ';');
    }

    private static String coordinate(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * Moves each moved macro to a nearby site-grid point that keeps it inside the die (when it was)
     * and adds no overlap with another macro; returns how many found none (they keep their exact
     * position).
     */
    private static int snap(DefDesign def, double[] x, double[] y, double[] w, double[] h, boolean[] moved) {
        SiteGrid grid = SiteGrid.of(def.rows(), siteWidth(def));
        if (!grid.hasRows()) {
            return 0;
        }
        double[] die = def.die();
        int offGrid = 0;
        for (int m = 0; m < x.length; m++) {
            if (!moved[m]) {
                continue;
            }
            double ex = x[m];
            double ey = y[m];
            boolean inside = inside(die, ex, ey, w[m], h[m]);
            double[][] candidates = {
                {grid.nearestX(ex), grid.nearestY(ey)},
                {grid.floorX(ex), grid.floorY(ey)}, {grid.ceilX(ex), grid.floorY(ey)},
                {grid.floorX(ex), grid.ceilY(ey)}, {grid.ceilX(ex), grid.ceilY(ey)}};
            boolean done = false;
            for (double[] p : candidates) {
                if (inside && !inside(die, p[0], p[1], w[m], h[m])) {
                    continue;
                }
                if (addsOverlap(m, p[0], p[1], ex, ey, x, y, w, h)) {
                    continue;
                }
                x[m] = p[0];
                y[m] = p[1];
                done = true;
                break;
            }
            if (!done) {
                offGrid++;
            }
        }
        return offGrid;
    }

    private static boolean inside(double[] die, double x, double y, double w, double h) {
        return x >= die[0] && y >= die[1] && x + w <= die[2] && y + h <= die[3];
    }

    /** True when macro m at (px, py) overlaps a macro that it does not overlap at (ex, ey). */
    private static boolean addsOverlap(int m, double px, double py, double ex, double ey, double[] x, double[] y,
                                       double[] w, double[] h) {
        for (int j = 0; j < x.length; j++) {
            if (j != m && overlaps(px, py, w[m], h[m], x[j], y[j], w[j], h[j])
                    && !overlaps(ex, ey, w[m], h[m], x[j], y[j], w[j], h[j])) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(double ax, double ay, double aw, double ah, double bx, double by, double bw,
                                    double bh) {
        return ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;
    }

    /** The width of the rows' site in database units (for rows without a STEP), 0 when unknown. */
    private static double siteWidth(DefDesign def) {
        if (def.rows().isEmpty()) {
            return 0;
        }
        LefSite s = def.lef().sites().get(def.rows().get(0).site());
        return s == null ? 0 : Math.round(s.width() * def.dbu());
    }

    /** Copies the input DEF to {@code out}, applying the edits in order. */
    private static void copy(DefDesign def, List<Edit> edits, OutputStream out) throws IOException {
        String source = def.path().toString();
        byte[] buf = new byte[1 << 16];
        long pos = 0;
        try (InputStream in = LefDefFiles.open(def.path(), source)) {
            for (Edit e : edits) {
                pos = copyUpTo(in, out, buf, pos, e.start(), source);
                int b = in.read();
                if (b != e.expect()) {
                    throw new FormatException(source, 0, "the file changed since it was read (expected '"
                            + e.expect() + "' at byte " + e.start() + "); read it again");
                }
                out.write(e.text().getBytes(StandardCharsets.ISO_8859_1));
                if (e.end() == e.start()) {
                    out.write(b); // an insertion: the ';' stays
                } else {
                    in.skipNBytes(e.end() - e.start() - 1);
                }
                pos = e.end() == e.start() ? e.start() + 1 : e.end();
            }
            int r;
            while ((r = in.read(buf)) > 0) {
                out.write(buf, 0, r);
            }
        }
    }

    private static long copyUpTo(InputStream in, OutputStream out, byte[] buf, long pos, long target, String source)
            throws IOException {
        while (pos < target) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, target - pos));
            if (r < 0) {
                throw new FormatException(source, 0, "the file is shorter than when it was read; read it again");
            }
            out.write(buf, 0, r);
            pos += r;
        }
        return pos;
    }
}
