package dev.strata.core.error;

/** A revision prefix or relative target matches more than one revision. */
public class AmbiguousRevisionException extends BadInputException {
    public AmbiguousRevisionException(String message) {
        super(message);
    }

    public AmbiguousRevisionException(String message, String hint) {
        super(message, hint);
    }
}
