package dev.strata.runtime.migrate;

import dev.strata.core.error.DatabaseException;

/** A statement of a migration failed; the message names the revision, the file and line, and the server's reason. */
public class MigrationFailedException extends DatabaseException {
    private final boolean partial;

    public MigrationFailedException(String message, String hint, DatabaseException cause, boolean partial) {
        super(message, hint, cause.statement(), cause.sqlState(), cause);
        this.partial = partial;
    }

    /** True when some statements were committed before the failure, so the database needs mending by hand. */
    public boolean partial() {
        return partial;
    }
}
