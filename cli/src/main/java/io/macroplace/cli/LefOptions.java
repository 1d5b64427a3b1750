package io.macroplace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The LEF files of a DEF design, shared by every command that reads one. */
public final class LefOptions {
    @Option(names = "--lef", paramLabel = "FILE",
            description = "LEF file of a DEF design; repeat for several (technology LEF first, then cells and macros)")
    public List<Path> files = new ArrayList<>();
}
