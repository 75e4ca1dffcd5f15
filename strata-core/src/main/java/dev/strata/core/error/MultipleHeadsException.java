package dev.strata.core.error;

/** The graph has several heads where one was needed. */
public class MultipleHeadsException extends BadInputException {
    public MultipleHeadsException(String message) {
        super(message);
    }

    public MultipleHeadsException(String message, String hint) {
        super(message, hint);
    }
}
