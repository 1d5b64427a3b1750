package io.macroplace.cli;

import io.macroplace.env.cost.CostSettings;
import io.macroplace.env.cost.PinMode;
import io.macroplace.netlist.format.Design;
import picocli.CommandLine.Option;

/**
 * Cost-setting overrides shared by every command that scores a placement. The .plc header's
 * values are used where present, these options override them, Circuit Training's defaults fill
 * the rest.
 */
public final class CostOptions {
    @Option(names = "--cols", paramLabel = "C", description = "grid columns")
    public Integer columns;

    @Option(names = "--rows", paramLabel = "R", description = "grid rows")
    Integer rows;

    @Option(names = "--width", paramLabel = "W", description = "canvas width (µm)")
    Double width;

    @Option(names = "--height", paramLabel = "H", description = "canvas height (µm)")
    Double height;

    @Option(names = "--routes-h", paramLabel = "A", description = "horizontal routes per micron")
    Double routesH;

    @Option(names = "--routes-v", paramLabel = "B", description = "vertical routes per micron")
    Double routesV;

    @Option(names = "--macro-routes-h", paramLabel = "C", description = "horizontal routes per micron used by macros")
    Double macroRoutesH;

    @Option(names = "--macro-routes-v", paramLabel = "D", description = "vertical routes per micron used by macros")
    Double macroRoutesV;

    @Option(names = "--smoothing", paramLabel = "S", description = "congestion smoothing range (cells)")
    Integer smoothing;

    @Option(names = "--weights", paramLabel = "WL,DEN,CONG", description = "proxy-cost weights (default 1,0.5,0.5)")
    String weights;

    @Option(names = "--orient-pins", negatable = true, description = "rotate hard-macro pin offsets by the macro's "
            + "orientation (default: the .plc header's pin mode, else offsets as written, like Circuit Training)")
    Boolean orientPins;

    /** The settings of this design: its .plc header, then these overrides. */
    public CostSettings resolve(Design design) {
        CostSettings s = CostSettings.resolve(design.netlist(), design.plc().header());
        if (width != null || height != null) {
            s = s.withCanvas(width != null ? width : s.canvasWidth(), height != null ? height : s.canvasHeight());
        }
        if (columns != null || rows != null) {
            s = s.withGrid(columns != null ? columns : s.columns(), rows != null ? rows : s.rows());
        }
        if (routesH != null || routesV != null) {
            s = s.withRoutesPerMicron(routesH != null ? routesH : s.routesPerMicronH(),
                    routesV != null ? routesV : s.routesPerMicronV());
        }
        if (macroRoutesH != null || macroRoutesV != null) {
            s = s.withMacroRoutes(macroRoutesH != null ? macroRoutesH : s.macroRoutesH(),
                    macroRoutesV != null ? macroRoutesV : s.macroRoutesV());
        }
        if (smoothing != null) {
            s = s.withSmoothingRange(smoothing);
        }
        if (weights != null) {
            String[] w = weights.split(",");
            try {
                if (w.length != 3) {
                    throw new NumberFormatException();
                }
                s = s.withWeights(Double.parseDouble(w[0]), Double.parseDouble(w[1]), Double.parseDouble(w[2]));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--weights takes three numbers, wirelength,density,congestion: \""
                        + weights + "\"");
            }
        }
        if (orientPins != null) {
            s = s.withPinMode(orientPins ? PinMode.ORIENTED : PinMode.DEFAULT);
        }
        return s;
    }
}
