package dev.strata.core.error;

/**
 * The root of every error Strata raises on purpose. The message is one plain line that says what is
 * wrong; {@link #hint()} says how to mend it, where there is a way. The command line maps the
 * subclasses to exit codes in one place ({@code ExitCodes} in the CLI module).
 */
public class StrataException extends RuntimeException {
    private final String hint;

    public StrataException(String message) {
        this(message, null, null);
    }

    public StrataException(String message, String hint) {
        this(message, hint, null);
    }

    public StrataException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** How to mend the problem, or null. */
    public String hint() {
        return hint;
    }

    /** The message and the hint as one line, the way the command line prints it. */
    public String oneLine() {
        String text = getMessage() == null ? getClass().getSimpleName() : getMessage();
        return hint == null ? text : text + ": " + hint;
    }
}
