package io.macroplace.distributed.sweep;

import io.macroplace.netlist.format.DesignFormat;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything an executor needs besides its run: the designs' files, the cost and method options
 * as arguments, and the policy file of an rl method. Broadcast once per sweep.
 *
 * @param designs    in the sweep file's order
 * @param costArgs   {@code cost}'s options
 * @param methodArgs {@code place}'s method options, without --policy
 * @param policy     the --policy file, or null
 */
public record SweepInputs(List<DesignInput> designs, List<String> costArgs, List<String> methodArgs,
                          ShippedFiles policy) implements Serializable {
    private static final long serialVersionUID = 1L;

    public SweepInputs {
        designs = List.copyOf(designs);
        costArgs = List.copyOf(costArgs);
        methodArgs = List.copyOf(methodArgs);
    }

    /**
     * One design's files.
     *
     * @param netlist the netlist's file name within {@code files}
     * @param plc     the .plc's file name, or null
     * @param lef     the LEF files' names of a DEF
     */
    public record DesignInput(String name, ShippedFiles files, String netlist, String plc, List<String> lef)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        public DesignInput {
            lef = List.copyOf(lef);
        }
    }

    /** Reads the sweep's input files; the --policy option moves from the arguments to a shipped file. */
    public static SweepInputs of(SweepFile sweep) throws IOException {
        List<DesignInput> designs = new ArrayList<>();
        for (SweepFile.Design d : sweep.designs()) {
            List<Path> files = new ArrayList<>(designFiles(d.netlist()));
            if (d.plc() != null) {
                files.add(d.plc());
            }
            files.addAll(d.lef());
            designs.add(new DesignInput(d.name(), ShippedFiles.of(files), d.netlist().getFileName().toString(),
                    d.plc() == null ? null : d.plc().getFileName().toString(),
                    d.lef().stream().map(p -> p.getFileName().toString()).toList()));
        }
        List<String> methodArgs = new ArrayList<>();
        ShippedFiles policy = null;
        for (String arg : sweep.methodArgs()) {
            if (arg.startsWith("--policy=")) {
                // the reader made the path absolute
                policy = ShippedFiles.of(List.of(Path.of(arg.substring("--policy=".length()))));
            } else {
                methodArgs.add(arg);
            }
        }
        return new SweepInputs(designs, sweep.costArgs(), methodArgs, policy);
    }

    /** The netlist, and for a Bookshelf .aux the files it names beside it. */
    static List<Path> designFiles(Path netlist) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        files.add(netlist);
        if (DesignFormat.of(netlist) == DesignFormat.BOOKSHELF) {
            for (String token : Files.readString(netlist, StandardCharsets.ISO_8859_1).split("\\s+")) {
                if (token.isEmpty() || token.contains("/") || token.equals(":")) {
                    continue;
                }
                Path sibling = netlist.resolveSibling(token);
                if (Files.isRegularFile(sibling)) {
                    files.add(sibling);
                }
            }
        }
        return new ArrayList<>(files);
    }
}
