package io.macroplace.cli;

import io.macroplace.netlist.FormatException;
import io.macroplace.rl.BackendInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The error policy of every command: one line {@code error: ...} on stderr and a non-zero exit
 * code, never a stack trace (unless MACROPLACE_DEBUG is set). Bad input exits with 2.
 */
public final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 70;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (System.getenv("MACROPLACE_DEBUG") != null) {
            cause.printStackTrace(err);
        }
        String message;
        int code = BAD_INPUT;
        if (cause instanceof FormatException f) {
            message = f.getMessage();
        } else if (cause instanceof NoSuchFileException f) {
            message = f.getFile() + ": no such file";
        } else if (cause instanceof AccessDeniedException f) {
            message = f.getFile() + ": permission denied";
        } else if (cause instanceof FileAlreadyExistsException f) {
            message = f.getFile() + ": already exists";
        } else if (cause instanceof NotDirectoryException f) {
            message = f.getFile() + ": a file where a folder is needed";
        } else if (cause instanceof DirectoryNotEmptyException f) {
            message = f.getFile() + ": is a folder, not a file";
        } else if (cause instanceof FileSystemException f) {
            // a path the user gave that cannot be used as asked (a folder for a file...)
            message = f.getFile() + ": " + (f.getReason() != null ? f.getReason() : "cannot be used");
        } else if (cause instanceof UserException u) {
            message = u.getMessage();
            code = u.exitCode();
        } else if (cause instanceof BackendInfo.UnavailableException b) {
            message = b.getMessage();
            code = 1;
        } else if (cause instanceof IllegalArgumentException) {
            message = cause.getMessage();
        } else if (cause instanceof IOException io) {
            message = io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage();
            code = 1;
        } else {
            message = "internal error: " + cause + " (set MACROPLACE_DEBUG=1 for the stack trace)";
            code = INTERNAL;
        }
        // one line whatever the message holds (names from a file may carry control characters)
        err.println("error: " + FormatException.printable(message));
        err.flush();
        return code;
    }

    /** Bad options: one line with the reason, a suggestion for a mistyped name, and where the help is. */
    static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String help = " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')";
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String word = u.getUnmatched().get(0);
            boolean option = word.startsWith("-");
            List<String> names = option ? new ArrayList<>(cmd.getCommandSpec().optionsMap().keySet())
                    : new ArrayList<>(cmd.getSubcommands().keySet());
            String near = Suggestions.nearest(word, names);
            message = (option ? "unknown option '" : cmd.getSubcommands().isEmpty() ? "unexpected argument '"
                    : "unknown command '") + word + "'" + (near == null ? "" : "; did you mean '" + near + "'?");
        }
        err.println("error: " + FormatException.printable(message) + help);
        err.flush();
        return BAD_INPUT;
    }
}
