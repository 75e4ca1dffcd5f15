package dev.strata.core.error;

/** A migration file cannot be read as a Strata migration. */
public class MalformedMigrationException extends BadInputException {
    public MalformedMigrationException(String message) {
        super(message);
    }

    public MalformedMigrationException(String message, String hint) {
        super(message, hint);
    }
}
