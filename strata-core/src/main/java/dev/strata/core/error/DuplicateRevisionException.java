package dev.strata.core.error;

/** Two migration files declare the same revision id. */
public class DuplicateRevisionException extends BadInputException {
    public DuplicateRevisionException(String message) {
        super(message);
    }

    public DuplicateRevisionException(String message, String hint) {
        super(message, hint);
    }
}
