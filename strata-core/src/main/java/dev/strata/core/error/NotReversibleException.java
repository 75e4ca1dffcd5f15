package dev.strata.core.error;

/** A migration or operation has no way back. */
public class NotReversibleException extends BadInputException {
    public NotReversibleException(String message) {
        super(message);
    }

    public NotReversibleException(String message, String hint) {
        super(message, hint);
    }
}
