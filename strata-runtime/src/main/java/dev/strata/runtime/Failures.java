package dev.strata.runtime;

import dev.strata.core.error.DatabaseException;
import dev.strata.runtime.config.DatabaseUrl;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Turns driver exceptions into one-line {@link DatabaseException}s with a hint, passwords removed. */
public final class Failures {
    private Failures() {
    }

    public static DatabaseException translate(SQLException e, String sql, String database) {
        String state = e.getSQLState();
        String message = withDetail(DatabaseUrl.redact(e.getMessage() == null ? e.toString() : e.getMessage()));
        return new DatabaseException(message, hintFor(e, state, database), sql, state, e);
    }

    /** A connection that could not be opened: says where, and what to check. */
    public static DatabaseException connectFailed(SQLException e, String database) {
        String state = e.getSQLState();
        String reason;
        if (causedBy(e, UnknownHostException.class)) {
            reason = "unknown host";
        } else if (causedBy(e, ConnectException.class)) {
            reason = "connection refused";
        } else {
            reason = firstLine(DatabaseUrl.redact(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
        return new DatabaseException("cannot connect to " + database + ": " + reason, hintFor(e, state, database), null, state, e);
    }

    private static String hintFor(SQLException e, String state, String database) {
        if (causedBy(e, UnknownHostException.class)) {
            return "check the host name in the URL";
        }
        if (causedBy(e, ConnectException.class) || "08001".equals(state) || "08006".equals(state)) {
            return "is the server running and reachable at " + database + "?";
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return "check the user, and the password in the URL or STRATA_PASSWORD";
        }
        if ("3D000".equals(state) || (e.getErrorCode() == 1049)) {
            return "create the database first, or fix its name in the URL";
        }
        if ("55P03".equals(state)) {
            return "another session holds a conflicting lock; raise [execution] lock-timeout or lock-retries, or retry later";
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of a server message, plus PostgreSQL's {@code Detail:} line when there is one (it names the
     * duplicated key or the violating row, which is what the user needs to mend the data), still on one line.
     */
    static String withDetail(String text) {
        String first = firstLine(text);
        for (String line : text.strip().split("\\R")) {
            String stripped = line.strip();
            if (stripped.startsWith("Detail:")) {
                String detail = stripped.substring("Detail:".length()).strip();
                return detail.isEmpty() ? first : first + " (" + detail + ")";
            }
        }
        return first;
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
