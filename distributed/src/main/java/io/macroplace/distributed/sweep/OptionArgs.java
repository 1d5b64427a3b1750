package io.macroplace.distributed.sweep;

import io.macroplace.cli.CostOptions;
import io.macroplace.cli.Methods;
import io.macroplace.place.registry.MethodOptions;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * A sweep file's "cost" and "method_options" are the command line's own options, parsed by the
 * same picocli definitions, so that names, values and their checks are the ones of
 * {@code cost --help} and {@code place --help}. Executors rebuild the options from the arguments.
 */
public final class OptionArgs {
    private OptionArgs() {
    }

    @Command
    static final class CostHolder {
        @Mixin
        CostOptions options;
    }

    @Command
    static final class MethodHolder {
        @Mixin
        Methods.MethodOptionsMixin options;
    }

    /** @throws CommandLine.ParameterException on an unknown option or a bad value */
    public static CostOptions cost(List<String> args) {
        CostHolder h = new CostHolder();
        new CommandLine(h).parseArgs(args.toArray(String[]::new));
        return h.options;
    }

    /**
     * @throws CommandLine.ParameterException on an unknown option or a bad value
     * @throws io.macroplace.cli.UserException on a value out of range
     */
    static MethodOptions method(List<String> args) {
        return method(args, Methods.processors());
    }

    /** The same, with sa on {@code defaultThreads} threads unless the arguments say --threads. */
    static MethodOptions method(List<String> args, int defaultThreads) {
        MethodHolder h = new MethodHolder();
        new CommandLine(h).parseArgs(args.toArray(String[]::new));
        return h.options.toOptions(defaultThreads);
    }
}
