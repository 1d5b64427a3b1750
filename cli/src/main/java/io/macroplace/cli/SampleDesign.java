package io.macroplace.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The built-in sample design in the project's {@code designs/sample/} folder. */
public final class SampleDesign {
    private SampleDesign() {
    }

    public static Path netlist() {
        return folder().resolve("netlist.pb.txt.gz");
    }

    public static Path plc() {
        return folder().resolve("initial.plc");
    }

    /** {@code $macroplace.home/designs/sample} (set by the launcher), else relative to the working directory. */
    static Path folder() {
        String home = System.getProperty("macroplace.home");
        Path root = home != null ? Path.of(home) : Path.of("");
        Path folder = root.resolve("designs").resolve("sample");
        if (!Files.isDirectory(folder)) {
            throw new UserException("no NETLIST given and the sample design is not at " + folder
                    + "; run from the macroplace folder or pass a netlist");
        }
        return folder;
    }
}
