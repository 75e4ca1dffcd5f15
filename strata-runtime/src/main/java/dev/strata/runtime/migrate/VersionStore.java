package dev.strata.runtime.migrate;

import dev.strata.core.dialect.Bookkeeping;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.JdbcSession;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and writes {@code strata_version} and {@code strata_history}. Reading never creates them. */
public final class VersionStore {
    private final Dialect dialect;
    private final String schema;
    private final Bookkeeping bookkeeping;

    public VersionStore(Dialect dialect, String schema) {
        this.dialect = dialect;
        this.schema = schema;
        this.bookkeeping = new Bookkeeping(dialect, schema);
    }

    public Bookkeeping bookkeeping() {
        return bookkeeping;
    }

    public boolean exists(JdbcSession session) {
        return dialect.versionTableExists(session, schema);
    }

    /** Creates the tables if missing, in autocommit mode (under the migration lock). */
    public void ensureTables(JdbcSession session) {
        session.autoCommit(true);
        for (String sql : dialect.createBookkeepingTables(schema)) {
            session.execute(sql);
        }
    }

    public Set<String> versionRows(JdbcSession session) {
        if (!exists(session)) {
            return Set.of();
        }
        return new LinkedHashSet<>(session.query("SELECT " + dialect.quote("revision") + " FROM " + bookkeeping.versionTable()
                + " ORDER BY 1", r -> r.getString(1)));
    }

    /** The version rows, the last recorded checksum of each applied revision, and any unmended failure. */
    public AppliedState state(JdbcSession session) {
        if (!exists(session)) {
            return AppliedState.EMPTY;
        }
        Set<String> rows = new LinkedHashSet<>(session.query("SELECT " + dialect.quote("revision") + " FROM "
                + bookkeeping.versionTable() + " ORDER BY 1", r -> r.getString(1)));
        // only the columns the state needs, for every row (no times to parse on an up-to-date run); the whole
        // row only for an unmended failure
        String lean = "SELECT " + dialect.quote("id") + ", " + dialect.quote("revision") + ", " + dialect.quote("direction")
                + ", " + dialect.quote("checksum") + ", " + dialect.quote("outcome") + " FROM " + bookkeeping.historyTable()
                + " ORDER BY " + dialect.quote("id");
        Map<String, String> checksums = new HashMap<>();
        Map<String, Long> failures = new HashMap<>();
        for (Outcome entry : session.query(lean, r -> new Outcome(r.getLong(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5)))) {
            boolean success = HistoryEntry.SUCCESS.equals(entry.outcome()) || HistoryEntry.RESOLVED.equals(entry.outcome());
            switch (entry.direction()) {
                case "upgrade", "repair" -> {
                    if (success && entry.checksum() != null) {
                        checksums.put(entry.revision(), entry.checksum());
                    }
                }
                case "downgrade" -> {
                    if (success) {
                        checksums.remove(entry.revision());
                    }
                }
                default -> { }
            }
            if (HistoryEntry.FAILED.equals(entry.outcome())) {
                failures.put(entry.revision(), entry.id());
            } else if (success) {
                failures.remove(entry.revision());
            }
        }
        failures.keySet().removeAll(rows);
        HistoryEntry pending = failures.isEmpty() ? null : entry(session, java.util.Collections.max(failures.values()));
        return new AppliedState(true, rows, checksums, pending);
    }

    /** The columns of a history row that decide the state. */
    private record Outcome(long id, String revision, String direction, String checksum, String outcome) {
    }

    private HistoryEntry entry(JdbcSession session, long id) {
        return session.query("SELECT " + historyColumns() + " FROM " + bookkeeping.historyTable() + " WHERE "
                + dialect.quote("id") + " = ?", VersionStore::entry, id).get(0);
    }

    private String historyColumns() {
        StringBuilder columns = new StringBuilder(dialect.quote("id"));
        for (String column : Bookkeeping.HISTORY_COLUMNS) {
            columns.append(", ").append(dialect.quote(column));
        }
        return columns.toString();
    }

    public List<HistoryEntry> history(JdbcSession session) {
        if (!exists(session)) {
            return List.of();
        }
        return session.query("SELECT " + historyColumns() + " FROM " + bookkeeping.historyTable() + " ORDER BY "
                + dialect.quote("id"), VersionStore::entry);
    }

    /** Writes a history row with measured values, in whatever transaction the session has open. */
    public void record(JdbcSession session, HistoryEntry entry) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (String column : Bookkeeping.HISTORY_COLUMNS) {
            columns.append(columns.length() == 0 ? "" : ", ").append(dialect.quote(column));
            values.append(values.length() == 0 ? "" : ", ").append(column.equals("db_user") ? dialect.currentUserExpression() : "?");
        }
        session.update("INSERT INTO " + bookkeeping.historyTable() + " (" + columns + ") VALUES (" + values + ")",
                entry.revision(), entry.direction(), entry.checksum(), timestamp(entry.startedAt()), timestamp(entry.finishedAt()),
                entry.durationMs(), entry.osUser(), entry.strataVersion(), entry.outcome(),
                entry.failedStatement(), entry.error());
    }

    /** The same row as {@link #record}, as one literal INSERT, for sending along with other statements. */
    public String recordStatement(HistoryEntry entry) {
        StringBuilder columns = new StringBuilder();
        for (String column : Bookkeeping.HISTORY_COLUMNS) {
            columns.append(columns.length() == 0 ? "" : ", ").append(dialect.quote(column));
        }
        return "INSERT INTO " + bookkeeping.historyTable() + " (" + columns + ") VALUES ("
                + String.join(", ", dialect.literal(entry.revision()), dialect.literal(entry.direction()),
                dialect.literal(entry.checksum()), dialect.timestampLiteral(entry.startedAt()),
                dialect.timestampLiteral(entry.finishedAt()), entry.durationMs() == null ? "NULL" : entry.durationMs().toString(),
                dialect.currentUserExpression(), dialect.literal(entry.osUser()), dialect.literal(entry.strataVersion()),
                dialect.literal(entry.outcome()), dialect.literal(entry.failedStatement()), dialect.literal(entry.error()))
                + ")";
    }

    private Object timestamp(Instant instant) {
        return dialect.timestampParameter(instant);
    }

    private static HistoryEntry entry(ResultSet r) throws SQLException {
        return new HistoryEntry(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), instant(r.getObject(5)),
                instant(r.getObject(6)), r.getObject(7) == null ? null : Long.valueOf(r.getLong(7)), r.getString(8), r.getString(9),
                r.getString(10), r.getString(11), r.getString(12), r.getString(13));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        String text = value.toString();
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a time written by hand in another format: shown as unknown, never fatal
        }
    }
}
