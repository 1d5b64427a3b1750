package io.macroplace.cli.report;

import io.macroplace.netlist.Netlist;
import io.macroplace.netlist.Placement;
import java.util.List;
import java.util.Objects;

/**
 * What one layout picture shows: a placement of a netlist on a floorplan, an optional heatmap
 * underlay (null for none) and title lines (first line is the headline: design; then method,
 * cost...). Immutable; {@code withX} makes copies.
 */
public record LayoutScene(Netlist netlist, Placement placement, Floorplan floorplan, Heatmap heatmap,
                          List<String> titleLines) {
    public LayoutScene {
        Objects.requireNonNull(netlist, "netlist");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(floorplan, "floorplan");
        if (placement.size() != netlist.nodeCount()) {
            throw new IllegalArgumentException("placement has " + placement.size() + " entries for "
                    + netlist.nodeCount() + " netlist nodes");
        }
        titleLines = List.copyOf(titleLines);
    }

    public static LayoutScene of(Netlist netlist, Placement placement, Floorplan floorplan) {
        return new LayoutScene(netlist, placement, floorplan, null, List.of());
    }

    public LayoutScene withHeatmap(Heatmap h) {
        return new LayoutScene(netlist, placement, floorplan, h, titleLines);
    }

    public LayoutScene withTitle(String... lines) {
        return new LayoutScene(netlist, placement, floorplan, heatmap, List.of(lines));
    }
}
