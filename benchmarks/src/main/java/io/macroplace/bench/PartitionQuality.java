package io.macroplace.bench;

import io.macroplace.netlist.cluster.HypergraphPartitioner;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * macroplace's partitioner against hMETIS on hMETIS's own input: a hypergraph file (.hgr: header
 * "nets vertices", then one net per line, 1-based vertex ids, unit weights), a fix file (one line
 * per vertex, its part or -1) and hMETIS's partition (one line per vertex). Prints both cuts, both
 * connectivities and both part-size ranges, for imbalances from hMETIS's own (UBfactor 5: each
 * bisection within 45/55, so parts up to 1.1^depth of the mean) down to tighter ones.
 *
 * <p>Circuit Training's grouping wrote such files for ariane133 (metis_input, metis_input.fix,
 * metis_input.part.647, published in the MacroPlacement repository,
 * Flows/NanGate45/ariane133/netlist/output_CT_Grouping/); they are not part of this project.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.macroplace.bench.PartitionQuality HGR FIX PART [RUNS]
 * </pre>
 */
public final class PartitionQuality {
    private PartitionQuality() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: PartitionQuality HGR FIX PART [RUNS]");
            System.exit(2);
        }
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        int[][] hgr = readHypergraph(Path.of(args[0]));
        int[] netStart = hgr[0];
        int[] pins = hgr[1];
        int vertices = hgr[2][0];
        int[] fixed = readColumn(Path.of(args[1]), vertices);
        int[] hmetis = readColumn(Path.of(args[2]), vertices);
        int parts = Arrays.stream(hmetis).max().getAsInt() + 1;
        double[] vertexWeight = new double[vertices];
        Arrays.fill(vertexWeight, 1);
        double[] netWeight = new double[netStart.length - 1];
        Arrays.fill(netWeight, 1);
        System.out.printf(Locale.ROOT, "%s: %,d vertices, %,d nets, %,d pins, %d parts (%d with fixed vertices)%n",
                args[0], vertices, netWeight.length, pins.length, parts,
                Arrays.stream(fixed).filter(p -> p >= 0).distinct().count());
        System.out.println();
        System.out.println("| partitioner | imbalance | cut nets | connectivity | part sizes | time (s) |");
        System.out.println("|---|---:|---:|---:|---|---:|");
        System.out.printf(Locale.ROOT, "| hMETIS (CT's run: UBfactor 5, Nruns 10, CType 5, RType 3, Vcycle 3) | - | %,.0f | %,.0f | %s | - |%n",
                cut(netStart, pins, hmetis, parts, false), cut(netStart, pins, hmetis, parts, true),
                sizes(hmetis, parts));
        int depth = 32 - Integer.numberOfLeadingZeros(parts - 1);
        double hmetisBalance = Math.pow(1.1, depth) - 1;
        for (double imbalance : new double[] {hmetisBalance, 1.0, 0.5, 0.1}) {
            long t0 = System.nanoTime();
            HypergraphPartitioner.Result r = HypergraphPartitioner.partition(vertexWeight, netStart, pins, netWeight,
                    fixed, parts, imbalance, runs, 1);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "| macroplace (runs %d) | %.2f | %,.0f | %,.0f | %s | %.1f |%n", runs, imbalance,
                    r.cut(), r.connectivity(), sizes(r.part(), parts), seconds);
        }
    }

    /** {netStart, pins (0-based), {vertex count}}. */
    static int[][] readHypergraph(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String[] header = in.readLine().trim().split("\\s+");
            int nets = Integer.parseInt(header[0]);
            int vertices = Integer.parseInt(header[1]);
            int[] start = new int[nets + 1];
            int[] pins = new int[nets * 4];
            int count = 0;
            for (int e = 0; e < nets; e++) {
                for (String t : in.readLine().trim().split("\\s+")) {
                    if (count == pins.length) {
                        pins = Arrays.copyOf(pins, 2 * count);
                    }
                    pins[count++] = Integer.parseInt(t) - 1;
                }
                start[e + 1] = count;
            }
            return new int[][] {start, Arrays.copyOf(pins, count), {vertices}};
        }
    }

    static int[] readColumn(Path file, int n) throws IOException {
        int[] v = Files.readAllLines(file).stream().mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        if (v.length != n) {
            throw new IOException(file + ": " + v.length + " lines, expected " + n);
        }
        return v;
    }

    static double cut(int[] start, int[] pins, int[] part, int parts, boolean connectivity) {
        int[] seen = new int[parts];
        Arrays.fill(seen, -1);
        double total = 0;
        for (int e = 0; e + 1 < start.length; e++) {
            int lambda = 0;
            for (int i = start[e]; i < start[e + 1]; i++) {
                if (seen[part[pins[i]]] != e) {
                    seen[part[pins[i]]] = e;
                    lambda++;
                }
            }
            if (lambda > 1) {
                total += connectivity ? lambda - 1 : 1;
            }
        }
        return total;
    }

    static String sizes(int[] part, int parts) {
        int[] size = new int[parts];
        for (int p : part) {
            size[p]++;
        }
        return Arrays.stream(size).min().getAsInt() + ".." + Arrays.stream(size).max().getAsInt();
    }
}
