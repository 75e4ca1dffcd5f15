package dev.strata.core.error;

/** A migration file was edited after it was applied. */
public class ChecksumMismatchException extends BadInputException {
    public ChecksumMismatchException(String message) {
        super(message);
    }

    public ChecksumMismatchException(String message, String hint) {
        super(message, hint);
    }
}
