package dev.strata.core.error;

/** A non-transactional migration failed half-way earlier; the state needs mending first. */
public class FailedMigrationException extends BadInputException {
    public FailedMigrationException(String message) {
        super(message);
    }

    public FailedMigrationException(String message, String hint) {
        super(message, hint);
    }
}
