package dev.strata.runtime.expand;

import dev.strata.runtime.JdbcSession;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The {@code strata_expansion} table, beside {@code strata_version}: one row per revision that declares an expansion. */
final class ExpansionStore {
    static final String TABLE = "strata_expansion";

    private final String table;

    /** @param schema Strata's schema, or null for the search path's */
    ExpansionStore(String schema) {
        this.table = (schema == null ? "" : Sql.quote(schema) + ".") + Sql.quote(TABLE);
    }

    String create() {
        return "CREATE TABLE IF NOT EXISTS " + table + " (\"revision\" varchar(64) NOT NULL PRIMARY KEY, \"kind\" varchar(16) NOT NULL,"
                + " \"table_name\" text NOT NULL, \"old_column\" text NOT NULL, \"new_columns\" text[] NOT NULL, \"trigger_name\" text NOT NULL,"
                + " \"state\" varchar(16) NOT NULL, \"contract_sql\" text[] NOT NULL, \"abort_sql\" text[] NOT NULL,"
                + " \"started_at\" timestamptz NOT NULL DEFAULT now(), \"expanded_at\" timestamptz, \"finished_at\" timestamptz)";
    }

    /** Records the expansion as {@code expanding} before anything changes, so that abort knows what to undo. */
    String recordExpanding(String revision, String kind, ExpansionSql sql) {
        return "INSERT INTO " + table + " (\"revision\", \"kind\", \"table_name\", \"old_column\", \"new_columns\", \"trigger_name\","
                + " \"state\", \"contract_sql\", \"abort_sql\") VALUES (" + Sql.literal(revision) + ", " + Sql.literal(kind) + ", "
                + Sql.literal(sql.displayTable()) + ", " + Sql.literal(sql.oldColumn()) + ", " + array(sql.newColumns()) + ", "
                + Sql.literal(sql.triggerName()) + ", " + Sql.literal(Expansion.EXPANDING) + ", " + array(sql.contract()) + ", "
                + array(sql.abort()) + ") ON CONFLICT (\"revision\") DO UPDATE SET \"kind\" = EXCLUDED.\"kind\","
                + " \"table_name\" = EXCLUDED.\"table_name\", \"old_column\" = EXCLUDED.\"old_column\", \"new_columns\" = EXCLUDED.\"new_columns\","
                + " \"trigger_name\" = EXCLUDED.\"trigger_name\", \"state\" = EXCLUDED.\"state\", \"contract_sql\" = EXCLUDED.\"contract_sql\","
                + " \"abort_sql\" = EXCLUDED.\"abort_sql\", \"started_at\" = now(), \"expanded_at\" = NULL, \"finished_at\" = NULL";
    }

    String markExpanded(String revision) {
        return "UPDATE " + table + " SET \"state\" = " + Sql.literal(Expansion.EXPANDED) + ", \"expanded_at\" = now()"
                + " WHERE \"revision\" = " + Sql.literal(revision);
    }

    /** {@code completed} or {@code aborted}. */
    String markFinished(String revision, String state) {
        return "UPDATE " + table + " SET \"state\" = " + Sql.literal(state) + ", \"finished_at\" = now()"
                + " WHERE \"revision\" = " + Sql.literal(revision);
    }

    /** Every row, oldest first; empty when the table does not exist. */
    List<Expansion> read(JdbcSession session) {
        Boolean exists = session.queryOne("SELECT to_regclass(?) IS NOT NULL", r -> r.getBoolean(1), table);
        if (!Boolean.TRUE.equals(exists)) {
            return List.of();
        }
        return session.query("SELECT \"revision\", \"kind\", \"table_name\", \"old_column\", \"new_columns\", \"trigger_name\", \"state\","
                + " \"contract_sql\", \"abort_sql\", \"started_at\", \"expanded_at\", \"finished_at\" FROM " + table
                + " ORDER BY \"started_at\", \"revision\"", ExpansionStore::row);
    }

    Expansion find(JdbcSession session, String revision) {
        return read(session).stream().filter(e -> e.revision().equals(revision)).findFirst().orElse(null);
    }

    private static Expansion row(ResultSet r) throws SQLException {
        return new Expansion(r.getString(1), r.getString(2), r.getString(3), r.getString(4), strings(r.getArray(5)), r.getString(6),
                r.getString(7), strings(r.getArray(8)), strings(r.getArray(9)), instant(r.getTimestamp(10)), instant(r.getTimestamp(11)),
                instant(r.getTimestamp(12)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String array(List<String> values) {
        return "ARRAY[" + values.stream().map(Sql::literal).collect(Collectors.joining(", ")) + "]::text[]";
    }
}
