package io.macroplace.cli;

/** A failure the user should see as one line, with the exit code to end with. */
public final class UserException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public UserException(String message) {
        this(message, ErrorReporter.BAD_INPUT);
    }

    public int exitCode() {
        return exitCode;
    }
}
