package io.macroplace.netlist.def;

import io.macroplace.netlist.Orientation;
import io.macroplace.netlist.lef.LefMacro;
import java.util.Arrays;

/**
 * The COMPONENTS of a DEF, as read, in file order: name, master, status, lower-left location in
 * database units, orientation, and where in the file the placement clause stands (for the
 * writer). Flat arrays: a design has hundreds of thousands of components.
 */
public final class DefComponents {
    private int n;
    private String[] names = new String[1024];
    private LefMacro[] macros = new LefMacro[1024];
    private byte[] status = new byte[1024];
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private byte[] orientation = new byte[1024];
    private long[] clauseStart = new long[1024];
    private long[] clauseEnd = new long[1024];
    private long[] statementEnd = new long[1024];
    private int[] line = new int[1024];
    private int halos;

    DefComponents() {
    }

    int add(String name, LefMacro macro, int srcLine) {
        if (n == names.length) {
            int cap = n * 2;
            names = Arrays.copyOf(names, cap);
            macros = Arrays.copyOf(macros, cap);
            status = Arrays.copyOf(status, cap);
            x = Arrays.copyOf(x, cap);
            y = Arrays.copyOf(y, cap);
            orientation = Arrays.copyOf(orientation, cap);
            clauseStart = Arrays.copyOf(clauseStart, cap);
            clauseEnd = Arrays.copyOf(clauseEnd, cap);
            statementEnd = Arrays.copyOf(statementEnd, cap);
            line = Arrays.copyOf(line, cap);
        }
        int i = n++;
        names[i] = name;
        macros[i] = macro;
        status[i] = (byte) DefStatus.NONE.ordinal();
        x[i] = Double.NaN;
        y[i] = Double.NaN;
        clauseStart[i] = -1;
        clauseEnd[i] = -1;
        line[i] = srcLine;
        return i;
    }

    void place(int i, DefStatus s, double px, double py, Orientation o, long start, long end) {
        status[i] = (byte) s.ordinal();
        x[i] = px;
        y[i] = py;
        orientation[i] = (byte) o.ordinal();
        clauseStart[i] = start;
        clauseEnd[i] = end;
    }

    void end(int i, long semicolon) {
        statementEnd[i] = semicolon;
    }

    void countHalo() {
        halos++;
    }

    public int size() {
        return n;
    }

    public String name(int i) {
        return names[i];
    }

    /** The LEF master. */
    public LefMacro macro(int i) {
        return macros[i];
    }

    public DefStatus status(int i) {
        return DefStatus.ofOrdinal(status[i]);
    }

    /** Lower-left x of the oriented bounding box in database units; NaN when not placed. */
    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public Orientation orientation(int i) {
        return Orientation.ofOrdinal(orientation[i]);
    }

    /** Offset of the {@code +} that starts the placement clause, or -1 when there is none. */
    public long clauseStart(int i) {
        return clauseStart[i];
    }

    /** Offset just past the clause's last token (the orientation, or UNPLACED). */
    public long clauseEnd(int i) {
        return clauseEnd[i];
    }

    /** Offset of the {@code ;} that ends the component's statement. */
    public long statementEnd(int i) {
        return statementEnd[i];
    }

    public int line(int i) {
        return line[i];
    }

    /** How many components have a {@code + HALO}. */
    public int haloCount() {
        return halos;
    }
}
