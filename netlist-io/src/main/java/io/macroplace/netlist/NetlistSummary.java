package io.macroplace.netlist;

/**
 * Counts and areas of a netlist, as reported by {@code macroplace info}.
 *
 * @param netPins       driver and sink entries over all nets
 * @param hardMacroArea sum of width * height of hard macros (µm²); likewise the others
 */
public record NetlistSummary(int nodes, int ports, int hardMacros, int softMacros, int hardMacroPins,
                             int softMacroPins, int stdCells, int nets, int netPins, double totalNetWeight,
                             double hardMacroArea, double softMacroArea, double stdCellArea) {

    public static NetlistSummary of(Netlist n) {
        double hard = 0;
        double soft = 0;
        double cells = 0;
        for (int i = 0; i < n.nodeCount(); i++) {
            double a = n.width(i) * n.height(i);
            switch (n.kind(i)) {
                case HARD_MACRO -> hard += a;
                case SOFT_MACRO -> soft += a;
                case STDCELL -> cells += a;
                default -> { }
            }
        }
        double weight = 0;
        for (int net = 0; net < n.netCount(); net++) {
            weight += n.netWeight(net);
        }
        return new NetlistSummary(n.nodeCount(), n.count(NodeKind.PORT), n.count(NodeKind.HARD_MACRO),
                n.count(NodeKind.SOFT_MACRO), n.count(NodeKind.HARD_MACRO_PIN), n.count(NodeKind.SOFT_MACRO_PIN),
                n.count(NodeKind.STDCELL), n.netCount(), n.netPinCount(), weight, hard, soft, cells);
    }

    /** Area of everything that occupies the canvas. */
    public double totalArea() {
        return hardMacroArea + softMacroArea + stdCellArea;
    }

    /** Occupied area over the canvas area. */
    public double utilisation(double canvasWidth, double canvasHeight) {
        return totalArea() / (canvasWidth * canvasHeight);
    }
}
