package io.macroplace.cli;

import io.macroplace.cli.command.ClusterCommand;
import io.macroplace.cli.command.ConvertCommand;
import io.macroplace.cli.command.CostCommand;
import io.macroplace.cli.command.CurvesCommand;
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
            CurvesCommand.class,
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
            "Exit status: 0 success, 1 the job failed, 2 bad input or usage, 130 stopped",
            "by Ctrl-C (place, compare and train still write their outputs first)."
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
        CommandLine cli = commandLine(100);
        // wider terminals get their width
        cli.setUsageHelpAutoWidth(true);
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** The command line with its subcommands, error policy and help laid out for {@code width} columns. */
    static CommandLine commandLine(int width) {
        CommandLine cli = new CommandLine(new Main());
        cli.setUsageHelpWidth(width);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setParameterExceptionHandler(ErrorReporter::usageError);
        // plain text: HelpLayout counts columns, and escape codes are no columns
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        HelpLayout.install(cli);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
