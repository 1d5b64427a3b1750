package io.macroplace.netlist.def;

import io.macroplace.netlist.lef.LefPin;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything {@link DefParser} reads from a DEF, in DEF terms (database units, absolute
 * coordinates), before it becomes a netlist. Nets are kept as CSR arrays of endpoints, the
 * driver first, each endpoint a standard-cell component, a hard-macro pin or an I/O pin.
 */
final class DefData {
    static final byte CELL = 0;
    static final byte MACRO_PIN = 1;
    static final byte IO_PIN = 2;

    /** A placement blockage in database units; rate is the blocked fraction. */
    record RawBlockage(double x0, double y0, double x1, double y1, double rate, int line) {
    }

    final String source;
    String version;
    String designName;
    String dividerChar = "/";
    String busBitChars = "[]";
    int dbu;
    int unitsLine;
    double[] die;
    int diePoints;
    int dieLine;
    int endLine;
    final List<DefRow> rows = new ArrayList<>();
    final DefComponents components = new DefComponents();
    int componentsDeclaredLine;
    int componentCount;
    int pinCount = -1;
    final List<DefPin> pins = new ArrayList<>();
    int netCount;
    int specialNets;
    final List<RawBlockage> blockages = new ArrayList<>();

    // signal nets kept for the netlist: CSR over endpoints, driver first
    int nets;
    int[] netStart = new int[1025];
    double[] netWeight = new double[1024];
    int[] netLine = new int[1024];
    int endpoints;
    byte[] endType = new byte[4096];
    int[] endIndex = new int[4096];
    int supplyNets;
    int singlePinNets;

    // hard-macro pins used by signal nets, in order of first use
    int macroPins;
    int[] macroPinComponent = new int[256];
    LefPin[] macroPinLef = new LefPin[256];
    int[] macroPinLine = new int[256];

    DefData(String source) {
        this.source = source;
    }
}
