package dev.strata.core.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The SQL that keeps {@code strata_version} in step with a plan. The same statements are executed online
 * and printed offline, so {@code --sql} shows exactly what an upgrade runs.
 */
public final class Bookkeeping {
    public static final String VERSION_TABLE = "strata_version";
    public static final String HISTORY_TABLE = "strata_history";

    private final SqlDialect dialect;
    private final String schema;

    public Bookkeeping(SqlDialect dialect, String schema) {
        this.dialect = dialect;
        this.schema = schema;
    }

    public String versionTable() {
        return dialect.qualified(schema, VERSION_TABLE);
    }

    public String historyTable() {
        return dialect.qualified(schema, HISTORY_TABLE);
    }

    /**
     * Statements that turn the version rows {@code before} into {@code after}: a single UPDATE for a plain
     * step along a branch (the common case), otherwise DELETEs and INSERTs.
     */
    public List<String> moveVersion(Set<String> before, Set<String> after) {
        Set<String> removed = new TreeSet<>(before);
        removed.removeAll(after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        List<String> sql = new ArrayList<>();
        String column = dialect.quote("revision");
        if (removed.size() == 1 && added.size() == 1) {
            sql.add("UPDATE " + versionTable() + " SET " + column + " = " + dialect.literal(added.iterator().next())
                    + " WHERE " + column + " = " + dialect.literal(removed.iterator().next()));
            return sql;
        }
        for (String id : removed) {
            sql.add("DELETE FROM " + versionTable() + " WHERE " + column + " = " + dialect.literal(id));
        }
        for (String id : added) {
            sql.add("INSERT INTO " + versionTable() + " (" + column + ") VALUES (" + dialect.literal(id) + ")");
        }
        return sql;
    }

    /** Every version row removed, for {@code stamp --purge}. */
    public String purgeVersions() {
        return "DELETE FROM " + versionTable();
    }

    /** The columns of the history table, in the order {@link #historyInsert} fills them. */
    public static final List<String> HISTORY_COLUMNS = List.of("revision", "direction", "checksum", "started_at",
            "finished_at", "duration_ms", "db_user", "os_user", "strata_version", "outcome", "failed_statement", "error");

    /**
     * The history row for a step, as offline scripts print it: times are the database's clock at that point
     * of the script, and no duration is known. Online runs write the same columns with measured values.
     */
    public String historyInsert(String revision, String direction, String checksum, String osUser,
                                String strataVersion, String outcome) {
        StringBuilder columns = new StringBuilder();
        for (String column : HISTORY_COLUMNS.subList(0, 10)) {
            columns.append(columns.length() == 0 ? "" : ", ").append(dialect.quote(column));
        }
        return "INSERT INTO " + historyTable() + " (" + columns + ") VALUES ("
                + dialect.literal(revision) + ", " + dialect.literal(direction) + ", " + dialect.literal(checksum)
                + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, NULL, " + dialect.currentUserExpression() + ", "
                + dialect.literal(osUser) + ", " + dialect.literal(strataVersion) + ", " + dialect.literal(outcome) + ")";
    }
}
