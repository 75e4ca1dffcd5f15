package dev.strata.runtime.migrate;

import dev.strata.core.error.BadInputException;
import dev.strata.core.error.DatabaseException;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.zerodowntime.Backfill;
import dev.strata.runtime.zerodowntime.BackfillRunner;
import dev.strata.runtime.zerodowntime.ConcurrentIndex;
import dev.strata.runtime.zerodowntime.ConsoleReporter;
import dev.strata.runtime.zerodowntime.LongTransactionGuard;
import dev.strata.runtime.zerodowntime.ZeroDowntime;
import dev.strata.runtime.zerodowntime.ZeroDowntimeListener;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Executes rendered steps. A transactional step runs with its bookkeeping in one transaction: all or nothing,
 * retried whole after a lock timeout. A non-transactional step runs statement by statement (each retried after
 * a lock timeout), then records itself; if it fails half-way, the history says so, with the statement.
 *
 * <p>Zero-downtime parts, where the dialect has them: before a statement that takes a strong lock, sessions in long
 * transactions are named (and waited for, if configured); a {@code CREATE INDEX CONCURRENTLY} that failed and left an
 * INVALID index has it dropped before the build runs again; a statement under {@code -- strata-backfill} runs in
 * resumable batches ({@link BackfillRunner}).
 */
final class JdbcSink {
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(8);

    private final JdbcSession work;
    private final Dialect dialect;
    private final VersionStore store;
    private final ExecutionSettings execution;
    private final MigrationListener listener;
    private final String osUser;
    private final String schema;
    private final ZeroDowntime zeroDowntime;
    private final ZeroDowntimeListener online;
    private final LongTransactionGuard guard;

    JdbcSink(JdbcSession work, Dialect dialect, VersionStore store, ExecutionSettings execution, MigrationListener listener,
             String osUser, String schema) {
        this.work = work;
        this.dialect = dialect;
        this.store = store;
        this.execution = execution;
        this.listener = listener;
        this.osUser = osUser;
        this.schema = schema;
        this.zeroDowntime = dialect.zeroDowntime();
        this.online = listener instanceof ZeroDowntimeListener heard ? heard : ConsoleReporter.stderr();
        this.guard = new LongTransactionGuard(zeroDowntime, execution, online);
    }

    RunResult.Applied run(StepScript step) {
        Map<Integer, Backfill> backfills = step.backfills();
        if (!backfills.isEmpty() && step.transactional()) {
            throw new BadInputException(step.script().file().getFileName() + ": a backfill runs in batches of its own, each committed,"
                    + " so its migration cannot be one transaction", "add `-- strata:transactional false` to its header");
        }
        listener.stepStarting(step.step(), step.script().file().getFileName().toString());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        if (step.transactional()) {
            runInOneTransaction(step, started);
        } else {
            runStatementByStatement(step, started, backfills);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        listener.stepFinished(step.step(), took);
        return new RunResult.Applied(step.revision(), step.direction().word(), took.toMillis(), step.step().revision().message());
    }

    private void runInOneTransaction(StepScript step, Instant started) {
        // before the transaction opens, so that waiting holds no lock and no snapshot
        step.statements().stream().map(SqlStatement::sql).filter(guard::applies).findFirst()
                .ifPresent(sql -> guard.check(work, sql));
        for (int attempt = 1; ; attempt++) {
            work.autoCommit(false);
            int done = 0;
            try {
                step.prelude().forEach(work::execute);
                for (SqlStatement statement : step.statements()) {
                    work.execute(statement.sql());
                    done++;
                }
                finish(step, started, false);
                work.commit();
                return;
            } catch (DatabaseException e) {
                work.rollbackQuietly();
                boolean partial = committedImplicitly(step.statements().subList(0, done));
                if (!partial && dialect.isLockTimeout(e) && attempt <= execution.lockRetries()) {
                    pause(step, attempt, e);
                    continue;
                }
                throw failed(step, started, done, e, partial);
            }
        }
    }

    private void runStatementByStatement(StepScript step, Instant started, Map<Integer, Backfill> backfills) {
        work.autoCommit(true);
        step.prelude().forEach(work::execute);
        List<SqlStatement> statements = step.statements();
        for (int i = 0; i < statements.size(); i++) {
            String sql = statements.get(i).sql();
            Backfill backfill = backfills.get(i);
            if (backfill != null) {
                runBackfill(step, started, i, backfill);
                continue;
            }
            if (guard.applies(sql)) {
                guard.check(work, sql);
            }
            ConcurrentIndex index = zeroDowntime.concurrentIndex(sql);
            for (int attempt = 1; ; attempt++) {
                try {
                    if (index != null) {
                        dropInvalid(index, "left by an earlier attempt at this build");
                    }
                    work.execute(sql);
                    break;
                } catch (DatabaseException e) {
                    boolean transientFailure = dialect.isLockTimeout(e) || index != null && zeroDowntime.isTransient(e);
                    if (transientFailure && attempt <= execution.lockRetries()) {
                        pause(step, attempt, e);
                        continue;
                    }
                    if (index != null) {
                        dropInvalidQuietly(index);
                    }
                    throw failed(step, started, i, e, i > 0);
                }
            }
        }
        if (!step.prelude().isEmpty() && dialect.setLockTimeout(execution.lockTimeout(), false) != null) {
            work.execute(dialect.setLockTimeout(execution.lockTimeout(), false));
        }
        work.autoCommit(false);
        try {
            finish(step, started, !backfills.isEmpty());
            work.commit();
        } catch (DatabaseException e) {
            work.rollbackQuietly();
            throw failed(step, started, statements.size(), e, !statements.isEmpty());
        }
    }

    private void runBackfill(StepScript step, Instant started, int index, Backfill backfill) {
        BackfillRunner runner = new BackfillRunner(work, zeroDowntime, progressTable(), online, (attempt, e) -> {
            if (!dialect.isLockTimeout(e) || attempt > execution.lockRetries()) {
                throw e;
            }
            pause(step, attempt, e);
        });
        try {
            runner.run(step.revision(), step.direction().word(), backfill);
        } catch (DatabaseException e) {
            boolean partial = index > 0 || runner.committedAny();
            throw failed(step, started, index, e, partial, !partial ? null
                    : "the batches before it are committed and recorded in " + BackfillRunner.TABLE + "; mend the cause, run"
                      + " `strata repair`, then `strata upgrade` runs the statements before the backfill again and resumes the"
                      + " backfill after its last committed batch (`strata backfills` shows where it stopped)");
        }
    }

    private void dropInvalid(ConcurrentIndex index, String when) {
        String dropped = zeroDowntime.dropIfInvalid(work, index);
        if (dropped != null) {
            online.invalidIndexDropped(dropped, when);
        }
    }

    /** After a build failed for good: its INVALID index would only slow writes down and hide the failure. */
    private void dropInvalidQuietly(ConcurrentIndex index) {
        try {
            dropInvalid(index, "left by the failed build");
        } catch (DatabaseException ignored) {
            // the next run drops it before it builds again; the build's own failure is what the user must see
        }
    }

    private String progressTable() {
        return dialect.qualified(schema, BackfillRunner.TABLE);
    }

    /** The version update and the history row (and, after a backfill, its finished progress): in one round trip where the driver allows it. */
    private void finish(StepScript step, Instant started, boolean backfilled) {
        Instant finished = Instant.now();
        HistoryEntry entry = new HistoryEntry(0, step.revision(), step.direction().word(), step.script().checksum(), started,
                finished, Duration.between(started, finished).toMillis(), null, osUser, StrataVersion.current(),
                HistoryEntry.SUCCESS, null, null);
        List<String> statements = new java.util.ArrayList<>(step.bookkeeping());
        if (backfilled) {
            // the step is recorded as applied: its backfills' progress rows have served (a later run starts afresh)
            statements.add("DELETE FROM " + progressTable() + " WHERE revision = " + dialect.literal(step.revision())
                    + " AND direction = " + dialect.literal(step.direction().word()));
        }
        if (dialect.executesMultipleStatements()) {
            statements.add(store.recordStatement(entry));
            work.execute(String.join(";\n", statements));
            return;
        }
        statements.forEach(work::execute);
        store.record(work, entry);
    }

    private boolean committedImplicitly(List<SqlStatement> done) {
        return done.stream().anyMatch(s -> dialect.commitsImplicitly(s.sql()));
    }

    private void pause(StepScript step, int attempt, DatabaseException e) {
        long cap = Math.min(MAX_PAUSE.toMillis(), FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 10));
        Duration pause = Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
        listener.retrying(step.step(), attempt, execution.lockRetries(), pause, e.getMessage());
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw e;
        }
    }

    /** Records the failure (in its own transaction) and builds the error the user sees. */
    private MigrationFailedException failed(StepScript step, Instant started, int index, DatabaseException e, boolean partial) {
        return failed(step, started, index, e, partial, null);
    }

    private MigrationFailedException failed(StepScript step, Instant started, int index, DatabaseException e, boolean partial,
                                            String partialHint) {
        SqlStatement statement = index < step.statements().size() ? step.statements().get(index) : null;
        String failedSql = statement != null ? statement.sql() : e.statement();
        try {
            work.rollbackQuietly();
            work.autoCommit(true);
            Instant finished = Instant.now();
            store.record(work, new HistoryEntry(0, step.revision(), step.direction().word(), step.script().checksum(), started,
                    finished, Duration.between(started, finished).toMillis(), null, osUser, StrataVersion.current(),
                    partial ? HistoryEntry.FAILED : HistoryEntry.ROLLED_BACK, failedSql, e.getMessage()));
        } catch (DatabaseException ignored) {
            // the connection may be gone; the failure itself is what the user must see
        }
        String where = statement != null ? step.where(statement) : step.script().file().getFileName().toString();
        String message = step.direction().word() + " of revision " + step.revision() + " failed at " + where + ": " + e.getMessage();
        String hint = partial && partialHint != null ? partialHint : partial
                ? "the statements before it were committed, so the database is partly changed; finish or undo them by hand, "
                  + "then run `strata stamp " + step.revision() + "` if it is now fully applied, or `strata repair` to run it again from the start"
                : "nothing was changed and the recorded revision is as it was; fix the migration and run it again";
        return new MigrationFailedException(message, hint, e, partial);
    }
}
