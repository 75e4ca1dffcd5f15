package dev.strata.core.error;

/** The revision graph has a cycle. */
public class CycleDetectedException extends BadInputException {
    public CycleDetectedException(String message) {
        super(message);
    }

    public CycleDetectedException(String message, String hint) {
        super(message, hint);
    }
}
