package dev.strata.core.error;

/** The user's input is wrong: usage, configuration, a malformed or inconsistent migrations directory, an unknown target. */
public class BadInputException extends StrataException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, String hint) {
        super(message, hint);
    }

    public BadInputException(String message, String hint, Throwable cause) {
        super(message, hint, cause);
    }
}
