package dev.strata.runtime.zerodowntime;

import dev.strata.runtime.Dialect;
import dev.strata.runtime.JdbcSession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One row of {@code strata_backfill_progress}: a backfill of a migration not yet recorded as applied, either
 * running now, stopped by a crash or Ctrl-C (the next run resumes it), or finished in a migration that failed later.
 */
public record BackfillStatus(String revision, String direction, int ordinal, String table, String key, String lastKey,
                             long rowsSeen, long rowsDone, long batches, Instant startedAt, Instant updatedAt,
                             Instant finishedAt) {

    /** Every row, oldest first; empty when the table does not exist (no backfill ever ran). */
    public static List<BackfillStatus> read(JdbcSession session, Dialect dialect, String schema) {
        String table = dialect.qualified(schema, BackfillRunner.TABLE);
        Boolean exists = session.queryOne("SELECT to_regclass(?) IS NOT NULL", r -> r.getBoolean(1), table);
        if (!Boolean.TRUE.equals(exists)) {
            return List.of();
        }
        return session.query("SELECT revision, direction, ordinal, table_name, key_column, last_key, rows_seen, rows_done, batches,"
                + " started_at, updated_at, finished_at FROM " + table + " ORDER BY started_at, revision, ordinal",
                r -> new BackfillStatus(r.getString(1), r.getString(2), r.getInt(3), r.getString(4), r.getString(5), r.getString(6),
                        r.getLong(7), r.getLong(8), r.getLong(9), r.getTimestamp(10).toInstant(), r.getTimestamp(11).toInstant(),
                        r.getTimestamp(12) == null ? null : r.getTimestamp(12).toInstant()));
    }

    /** One line for a person. */
    public String describe(Instant now) {
        return revision + " " + direction + " #" + ordinal + "  " + table + " by " + key + ": "
                + String.format("%,d rows seen (%,d updated) in %,d batches", rowsSeen, rowsDone, batches)
                + (lastKey == null ? "" : ", last " + key + " = " + lastKey)
                + (finishedAt != null ? ", finished" : ", last batch " + Durations.format(Duration.between(updatedAt, now)) + " ago");
    }
}
