package dev.strata.runtime.testkit;

import dev.strata.core.script.SqlStatement;
import dev.strata.core.script.StatementSplitter;
import dev.strata.runtime.JdbcSession;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The assertion form of data tests. Every statement of an {@code after.sql} runs in order; one that raises an error
 * fails the test, and one that returns rows is an assertion: it must return exactly one row whose first column is
 * true ({@code true}, or {@code 1} where the database has no boolean type). Any further columns are shown when it
 * fails, so {@code SELECT COUNT(*) = 3, COUNT(*) FROM clients} says how many there were.
 */
final class SqlAssertions {
    private SqlAssertions() {
    }

    /** Runs every statement of a file; the first one that errs or does not hold, as a message with its line; null when all hold. */
    static String runFile(JdbcSession session, String text, String fileName, dev.strata.core.script.SqlFlavor flavor) {
        for (SqlStatement statement : StatementSplitter.split(text, flavor, 1, fileName)) {
            String failure;
            try {
                failure = check(session, statement.sql());
            } catch (RuntimeException e) {
                failure = "failed: " + e.getMessage();
            }
            if (failure != null) {
                return fileName + ":" + statement.line() + ": `" + oneLine(statement.sql()) + "` " + failure;
            }
        }
        return null;
    }

    /** Counts the statements of a file that return rows (the assertions), for the summary. */
    static int assertionCount(String text, dev.strata.core.script.SqlFlavor flavor) {
        int count = 0;
        for (SqlStatement statement : StatementSplitter.split(text, flavor, 1)) {
            String head = statement.sql().stripLeading().toLowerCase(Locale.ROOT);
            if (head.startsWith("select") || head.startsWith("with") || head.startsWith("values")) {
                count++;
            }
        }
        return count;
    }

    /**
     * Runs one statement: null when it ran and, if it returned rows, they were one row whose first column is true;
     * otherwise what it returned. A database error is thrown as the session translates it.
     */
    static String check(JdbcSession session, String sql) {
        return session.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                if (!statement.execute(sql)) {
                    return null;
                }
                try (ResultSet rows = statement.getResultSet()) {
                    int columns = rows.getMetaData().getColumnCount();
                    List<String> first = null;
                    Object value = null;
                    int count = 0;
                    while (rows.next()) {
                        if (count++ == 0) {
                            value = rows.getObject(1);
                            first = new ArrayList<>();
                            for (int i = 1; i <= columns; i++) {
                                Object v = rows.getObject(i);
                                first.add(v == null ? "NULL" : v.toString());
                            }
                        }
                    }
                    if (count == 0) {
                        return "returned no rows (expected one row whose first column is true)";
                    }
                    if (count > 1) {
                        return "returned " + count + " rows (expected one row whose first column is true)";
                    }
                    if (isTrue(value)) {
                        return null;
                    }
                    return "returned " + (columns == 1 ? first.get(0) : "(" + String.join(", ", first) + ")")
                            + " (expected one row whose first column is true)";
                }
            }
        });
    }

    static boolean isTrue(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return n.doubleValue() == 1.0;
        }
        if (value instanceof String s) {
            String v = s.strip().toLowerCase(Locale.ROOT);
            return v.equals("t") || v.equals("true") || v.equals("1");
        }
        return false;
    }

    static String oneLine(String sql) {
        String line = sql.replaceAll("\\s+", " ").strip();
        return line.length() <= 100 ? line : line.substring(0, 97) + "...";
    }
}
