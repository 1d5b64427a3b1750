package io.macroplace.cli;

import io.macroplace.cli.report.DrawingFiles;
import io.macroplace.cli.report.Floorplan;
import io.macroplace.cli.report.Heatmap;
import io.macroplace.cli.report.LayoutRenderer;
import io.macroplace.cli.report.LayoutScene;
import io.macroplace.cli.report.LayoutStyle;
import io.macroplace.env.cost.CongestionKernel;
import io.macroplace.env.cost.CostModel;
import io.macroplace.env.cost.DensityTerm;
import io.macroplace.env.problem.Costs;
import io.macroplace.env.state.PlacementState;
import io.macroplace.netlist.AtomicFiles;
import io.macroplace.netlist.Placement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Layout pictures of a placement under a cost model, with an optional heatmap underlay. */
public final class Layouts {
    private Layouts() {
    }

    /** What to show under the macros. */
    public enum HeatmapKind {
        NONE, DENSITY, CONGESTION;

        public static HeatmapKind parse(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown heatmap \"" + s + "\" (none, density or congestion)");
            }
        }
    }

    public static LayoutScene scene(CostModel model, Placement placement, HeatmapKind heatmap, String... title) {
        var s = model.settings();
        Floorplan floorplan = new Floorplan(s.canvasWidth(), s.canvasHeight(), s.columns(), s.rows(), s.blockages());
        LayoutScene scene = LayoutScene.of(model.netlist(), placement, floorplan).withTitle(title);
        return switch (heatmap) {
            case NONE -> scene;
            case DENSITY -> scene.withHeatmap(Heatmap.of("density", s.columns(), s.rows(), density(model, placement)));
            case CONGESTION -> scene.withHeatmap(
                    Heatmap.of("congestion", s.columns(), s.rows(), congestion(model, placement)));
        };
    }

    /** A design's display name: the folder of a generically named netlist ("netlist.pb.txt.gz"), else the file. */
    public static String designName(Path netlist) {
        String file = netlist.getFileName().toString();
        Path parent = netlist.toAbsolutePath().normalize().getParent();
        return file.startsWith("netlist.") && parent != null && parent.getFileName() != null
                ? parent.getFileName().toString() : file;
    }

    /** A picture's subtitle: the method and its costs (macro HPWL alone in the MaskPlace setting). */
    public static String costTitle(String method, Costs c, boolean maskPlace) {
        return maskPlace
                ? String.format(Locale.ROOT, "%s, macro HPWL %.4f x 1e5", method, c.proxy())
                : String.format(Locale.ROOT, "%s, proxy %.4f (WL %.4f, den %.4f, cong %.4f)", method, c.proxy(),
                        c.wirelength(), c.density(), c.congestion());
    }

    /** Writes the scene as PNG or SVG, by the file name. */
    public static void write(LayoutScene scene, Path file) throws IOException {
        DrawingFiles.write(new LayoutRenderer(LayoutStyle.DEFAULT).render(scene), file);
    }

    /** Adds the scene as PNG or SVG, by the file name, to a batch of files written together. */
    public static AtomicFiles.Batch addTo(AtomicFiles.Batch batch, LayoutScene scene, Path file) {
        return DrawingFiles.addTo(batch, new LayoutRenderer(LayoutStyle.DEFAULT).render(scene), file);
    }

    static double[] density(CostModel model, Placement placement) {
        double[] d = new double[model.cellCount()];
        DensityTerm.densitiesFromScratch(model, PlacementState.of(model.netlist(), placement), d);
        return d;
    }

    static double[] congestion(CostModel model, Placement placement) {
        int cells = model.cellCount();
        double[] v = new double[cells];
        double[] h = new double[cells];
        CongestionKernel.demand(model, PlacementState.of(model.netlist(), placement), v, h);
        double[] max = new double[cells];
        for (int i = 0; i < cells; i++) {
            max[i] = Math.max(v[i], h[i]);
        }
        return max;
    }
}
