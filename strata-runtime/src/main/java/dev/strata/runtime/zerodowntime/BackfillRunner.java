package dev.strata.runtime.zerodowntime;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.script.Checksum;
import dev.strata.runtime.JdbcSession;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs one {@link Backfill}: keyset-ordered batches, each a short transaction that updates its rows and moves the
 * backfill's row in {@code strata_backfill_progress} together, so that a run killed at any moment resumes after
 * the last committed batch, with no row done twice or skipped.
 */
public final class BackfillRunner {
    public static final String TABLE = "strata_backfill_progress";

    /** Decides about a failed batch: returns to retry it (after a pause), throws to give up. */
    @FunctionalInterface
    public interface Retry {
        void onFailure(int attempt, DatabaseException failure);
    }

    private final JdbcSession work;
    private final ZeroDowntime zeroDowntime;
    private final String progressTable;
    private final ZeroDowntimeListener listener;
    private final Retry retry;
    private boolean committed;

    /** @param progressTable {@code strata_backfill_progress}, qualified with Strata's schema and quoted */
    public BackfillRunner(JdbcSession work, ZeroDowntime zeroDowntime, String progressTable, ZeroDowntimeListener listener,
                          Retry retry) {
        this.work = work;
        this.zeroDowntime = zeroDowntime;
        this.progressTable = progressTable;
        this.listener = listener;
        this.retry = retry;
    }

    /** The progress table, created if missing. */
    public static String createTable(String qualifiedName) {
        return "CREATE TABLE IF NOT EXISTS " + qualifiedName + " ("
                + "\"revision\" varchar(64) NOT NULL, \"direction\" varchar(16) NOT NULL, \"ordinal\" integer NOT NULL, "
                + "\"statement_checksum\" varchar(64) NOT NULL, \"table_name\" text NOT NULL, \"key_column\" text NOT NULL, "
                + "\"last_key\" text, \"rows_seen\" bigint NOT NULL DEFAULT 0, \"rows_done\" bigint NOT NULL DEFAULT 0, "
                + "\"batches\" bigint NOT NULL DEFAULT 0, \"started_at\" timestamptz NOT NULL DEFAULT now(), "
                + "\"updated_at\" timestamptz NOT NULL DEFAULT now(), \"finished_at\" timestamptz, "
                + "PRIMARY KEY (\"revision\", \"direction\", \"ordinal\"))";
    }

    /** True once a batch has committed: a failure after that leaves the table partly updated. */
    public boolean committedAny() {
        return committed;
    }

    /** Runs (or resumes) the backfill to its end. Leaves the session in autocommit. */
    public void run(String revision, String direction, Backfill backfill) {
        if (!zeroDowntime.runsBackfills()) {
            throw new BadInputException("backfill directives run on PostgreSQL only", "write the UPDATE without -- strata-backfill");
        }
        work.autoCommit(true);
        work.execute(createTable(progressTable));
        String checksum = Checksum.of(backfill.statement().sql());
        Object[] id = {revision, direction, backfill.ordinal()};
        Row row = work.queryOne("SELECT statement_checksum, last_key, rows_seen, rows_done, batches, finished_at IS NOT NULL FROM "
                + progressTable + " WHERE revision = ? AND direction = ? AND ordinal = ?",
                r -> new Row(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4), r.getLong(5), r.getBoolean(6)), id);
        if (row == null) {
            work.update("INSERT INTO " + progressTable + " (revision, direction, ordinal, statement_checksum, table_name, key_column)"
                    + " VALUES (?, ?, ?, ?, ?, ?)", revision, direction, backfill.ordinal(), checksum, backfill.table(), backfill.key());
            row = new Row(checksum, null, 0, 0, 0, false);
        } else if (!row.checksum.equals(checksum)) {
            throw new BadInputException("the backfill at " + backfill.statement().line() + " of revision " + revision
                    + " was changed after it started (it got past " + backfill.key() + " = " + row.lastKey + ")",
                    "restore the statement as it was, or to start it over: DELETE FROM " + progressTable + " WHERE revision = '"
                            + revision + "' AND ordinal = " + backfill.ordinal());
        }
        String keyType = work.queryOne("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attname = ? AND attnum > 0 AND NOT attisdropped",
                r -> r.getString(1), backfill.table(), backfill.keyName());
        if (keyType == null) {
            throw new BadInputException("backfill: table " + backfill.table() + " has no column " + backfill.key(),
                    "name an existing table and its key column (ideally the primary key) in the -- strata-backfill line");
        }
        long estimate = estimate(backfill);
        BackfillProgress progress = new BackfillProgress(backfill, row.lastKey, row.rowsSeen, row.rowsDone, estimate, row.batches, 0,
                Duration.ZERO);
        if (row.finished) {
            listener.backfillFinished(progress); // in an earlier run, whose migration failed after it
            return;
        }
        listener.backfillStarting(backfill, progress);
        String lastKey = row.lastKey;
        String until = backfill.existingRowsOnly()
                ? work.queryOne("SELECT coalesce(max(" + backfill.key() + ")::text, '') FROM " + backfill.table(), r -> r.getString(1)) : null;
        long started = System.nanoTime();
        while (true) {
            throttle(backfill);
            Batch batch = null;
            for (int attempt = 1; batch == null; attempt++) {
                try {
                    batch = batch(revision, direction, backfill, keyType, lastKey, until);
                } catch (DatabaseException e) {
                    work.rollbackQuietly();
                    work.autoCommit(true);
                    retry.onFailure(attempt, e);
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            if (batch.seen == 0) {
                progress = new BackfillProgress(backfill, lastKey, progress.rowsSeen(), progress.rowsDone(),
                        Math.max(estimate, progress.rowsSeen()), progress.batches(), progress.rowsThisRun(), elapsed);
                listener.backfillFinished(progress);
                return;
            }
            lastKey = batch.upper;
            progress = new BackfillProgress(backfill, lastKey, progress.rowsSeen() + batch.seen, progress.rowsDone() + batch.done,
                    estimate, progress.batches() + 1, progress.rowsThisRun() + batch.seen, elapsed);
            listener.backfillProgress(progress);
            pause(backfill.sleep());
        }
    }

    /** One batch in one transaction: find its upper key, update its rows, record where it ended. */
    private Batch batch(String revision, String direction, Backfill b, String keyType, String lastKey, String until) {
        work.autoCommit(false);
        String key = b.key();
        String after = lastKey == null ? "" : key + " > CAST(" + literal(lastKey) + " AS " + keyType + ")";
        String upTo = until == null ? "" : until.isEmpty() ? " AND false" : " AND " + key + " <= CAST(" + literal(until) + " AS " + keyType + ")";
        Batch bounds = work.queryOne("SELECT max(k)::text, count(*) FROM (SELECT " + key + " AS k FROM " + b.table()
                + " WHERE " + (after.isEmpty() ? key + " IS NOT NULL" : after) + upTo + " ORDER BY " + key + " LIMIT " + b.batch() + ") b",
                r -> new Batch(r.getString(1), r.getLong(2), 0));
        if (bounds.seen == 0) {
            work.update("UPDATE " + progressTable + " SET finished_at = now(), updated_at = now()"
                    + " WHERE revision = ? AND direction = ? AND ordinal = ?", revision, direction, b.ordinal());
            work.commit();
            work.autoCommit(true);
            return bounds;
        }
        String sql = b.batchStatement(lastKey == null ? null : "CAST(" + literal(lastKey) + " AS " + keyType + ")",
                "CAST(" + literal(bounds.upper) + " AS " + keyType + ")");
        long done = work.withConnection(c -> {
            try (Statement statement = c.createStatement()) {
                return (long) statement.executeUpdate(sql);
            } catch (SQLException e) {
                throw work.failure(e, sql);
            }
        });
        work.update("UPDATE " + progressTable + " SET last_key = ?, rows_seen = rows_seen + ?, rows_done = rows_done + ?,"
                + " batches = batches + 1, updated_at = now() WHERE revision = ? AND direction = ? AND ordinal = ?",
                bounds.upper, bounds.seen, done, revision, direction, b.ordinal());
        work.commit();
        committed = true;
        work.autoCommit(true);
        return new Batch(bounds.upper, bounds.seen, done);
    }

    /** The planner's idea of the table's size, or a count when it has none yet (never analyzed). */
    private long estimate(Backfill b) {
        Long estimate = work.queryOne("SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass(?)", r -> r.getLong(1), b.table());
        if (estimate == null || estimate <= 0) {
            estimate = work.queryOne("SELECT count(*) FROM " + b.table(), r -> r.getLong(1));
        }
        return estimate == null ? 0 : estimate;
    }

    /** Waits while a replica lags more than the backfill allows. */
    private void throttle(Backfill b) {
        if (b.maxLag().isZero()) {
            return;
        }
        boolean told = false;
        for (Duration lag = zeroDowntime.replicationLag(work); lag.compareTo(b.maxLag()) > 0; lag = zeroDowntime.replicationLag(work)) {
            if (!told) {
                listener.backfillThrottled(b, lag, b.maxLag());
                told = true;
            }
            pause(Duration.ofSeconds(1));
        }
    }

    private static void pause(Duration duration) {
        if (Thread.currentThread().isInterrupted()) {
            throw new DatabaseException("the backfill was interrupted; it resumes where it stopped on the next run", null);
        }
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("the backfill was interrupted; it resumes where it stopped on the next run", null);
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private record Row(String checksum, String lastKey, long rowsSeen, long rowsDone, long batches, boolean finished) {
    }

    private record Batch(String upper, long seen, long done) {
    }
}
