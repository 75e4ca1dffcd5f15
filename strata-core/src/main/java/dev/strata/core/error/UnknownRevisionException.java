package dev.strata.core.error;

/** A revision or target names nothing in the migrations directory. */
public class UnknownRevisionException extends BadInputException {
    public UnknownRevisionException(String message) {
        super(message);
    }

    public UnknownRevisionException(String message, String hint) {
        super(message, hint);
    }
}
