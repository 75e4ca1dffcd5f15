package dev.strata.core.error;

/**
 * The database refused a statement or could not be reached. Raised once, at the JDBC edge, with the
 * statement that failed attached (never a password).
 */
public class DatabaseException extends StrataException {
    private final String statement;
    private final String sqlState;

    public DatabaseException(String message, String hint, String statement, String sqlState, Throwable cause) {
        super(message, hint, cause);
        this.statement = statement;
        this.sqlState = sqlState;
    }

    public DatabaseException(String message, String hint) {
        this(message, hint, null, null, null);
    }

    /** The statement that failed, or null when the failure was not about a statement (connecting, say). */
    public String statement() {
        return statement;
    }

    /** The SQLSTATE the server reported, or null. */
    public String sqlState() {
        return sqlState;
    }
}
