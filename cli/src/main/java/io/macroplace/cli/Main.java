package io.macroplace.cli;

import io.macroplace.cli.command.ClusterCommand;
import io.macroplace.cli.command.ConvertCommand;
import io.macroplace.cli.command.CostCommand;
import io.macroplace.cli.command.GenerateCommand;
import io.macroplace.cli.command.InfoCommand;
import io.macroplace.cli.command.PlaceCommand;
import io.macroplace.cli.command.CompareCommand;
import io.macroplace.cli.command.RenderCommand;
import io.macroplace.cli.command.SweepCommand;
import io.macroplace.cli.command.TrainCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code macroplace} command: wires the subcommands and the error policy. */
@Command(
        name = "macroplace",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Macro placement for chip designs: place, train, compare and score layouts",
            "with the Circuit Training proxy cost (wirelength, density, congestion).",
            ""
        },
        subcommands = {
            PlaceCommand.class,
            CompareCommand.class,
            SweepCommand.class,
            RenderCommand.class,
            TrainCommand.class,
            InfoCommand.class,
            CostCommand.class,
            GenerateCommand.class,
            ConvertCommand.class,
            ClusterCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Run 'macroplace COMMAND --help' for a command's options.",
            "Exit status: 0 success, 1 the job failed, 2 bad input or usage."
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args));
    }

    /** Runs the command line on the process's stdout and stderr and returns the exit code. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with the given output streams (tests capture them). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Descriptions are laid out for 100 columns; wider terminals get their width.
        cli.setUsageHelpWidth(100);
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(ErrorReporter::usageError);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
