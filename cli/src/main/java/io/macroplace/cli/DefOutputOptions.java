package io.macroplace.cli;

import io.macroplace.netlist.def.DefWriter;
import picocli.CommandLine.Option;

/** How a placed DEF is written (place and convert, for DEF input). */
public final class DefOutputOptions {
    @Option(names = "--macros-placed", description = "write hard macros as + PLACED in the DEF (default: + FIXED, so "
            + "that a later placer keeps them)")
    boolean macrosPlaced;

    @Option(names = "--unplace-stdcells", description = "write the DEF's PLACED standard cells as + UNPLACED, for a "
            + "global placer that starts over")
    boolean unplaceStdCells;

    public DefWriter.Options options() {
        return new DefWriter.Options(macrosPlaced ? DefWriter.MacroStatus.PLACED : DefWriter.MacroStatus.FIXED,
                unplaceStdCells);
    }
}
