package io.macroplace.cli;

import io.macroplace.netlist.cluster.ClusterReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of a clustering report (snake_case, like the other reports). */
public final class ClusterJson {
    private ClusterJson() {
    }

    public static Map<String, Object> report(ClusterReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cells", r.cells());
        m.put("kept_cells", r.keptCells());
        m.put("seed_groups", r.seedGroups());
        m.put("partitions", r.partitions());
        m.put("clusters", r.clusters());
        ClusterReport.Cut c = r.cut();
        Map<String, Object> cut = new LinkedHashMap<>();
        cut.put("nets", c.nets());
        cut.put("weight", c.weight());
        cut.put("connectivity", c.connectivity());
        cut.put("internal_nets", c.internalNets());
        cut.put("dropped_high_fanout_nets", c.droppedNets());
        cut.put("output_nets", c.outputNets());
        cut.put("partition_cut", c.partitionCut());
        cut.put("partition_connectivity", c.partitionConnectivity());
        m.put("cut", cut);
        ClusterReport.Spread s = r.spread();
        Map<String, Object> spread = new LinkedHashMap<>();
        spread.put("cell_area", s.cellArea());
        spread.put("min_area", s.minArea());
        spread.put("mean_area", s.meanArea());
        spread.put("max_area", s.maxArea());
        spread.put("area_cv", s.cv());
        spread.put("min_cells", s.minCells());
        spread.put("max_cells", s.maxCells());
        m.put("spread", spread);
        ClusterReport.Location l = r.location();
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("applied", l.applied());
        location.put("threshold", l.threshold());
        location.put("split_groups", l.splitGroups());
        location.put("new_groups", l.newGroups());
        location.put("merged_groups", l.merged());
        m.put("location_split", location);
        ClusterReport.Times t = r.times();
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("graph_s", t.graph());
        times.put("partition_s", t.partition());
        times.put("location_s", t.location());
        times.put("build_s", t.build());
        times.put("total_s", t.total());
        m.put("times", times);
        return m;
    }
}
