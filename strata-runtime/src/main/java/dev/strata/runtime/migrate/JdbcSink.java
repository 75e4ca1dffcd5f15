package dev.strata.runtime.migrate;

import dev.strata.core.error.DatabaseException;
import dev.strata.core.script.SqlStatement;
import dev.strata.runtime.Dialect;
import dev.strata.runtime.ExecutionSettings;
import dev.strata.runtime.JdbcSession;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Executes rendered steps. A transactional step runs with its bookkeeping in one transaction: all or nothing,
 * retried whole after a lock timeout. A non-transactional step runs statement by statement (each retried after
 * a lock timeout), then records itself; if it fails half-way, the history says so, with the statement.
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

    JdbcSink(JdbcSession work, Dialect dialect, VersionStore store, ExecutionSettings execution, MigrationListener listener,
             String osUser) {
        this.work = work;
        this.dialect = dialect;
        this.store = store;
        this.execution = execution;
        this.listener = listener;
        this.osUser = osUser;
    }

    RunResult.Applied run(StepScript step) {
        listener.stepStarting(step.step(), step.script().file().getFileName().toString());
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        if (step.transactional()) {
            runInOneTransaction(step, started);
        } else {
            runStatementByStatement(step, started);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        listener.stepFinished(step.step(), took);
        return new RunResult.Applied(step.revision(), step.direction().word(), took.toMillis(), step.step().revision().message());
    }

    private void runInOneTransaction(StepScript step, Instant started) {
        for (int attempt = 1; ; attempt++) {
            work.autoCommit(false);
            int done = 0;
            try {
                step.prelude().forEach(work::execute);
                for (SqlStatement statement : step.statements()) {
                    work.execute(statement.sql());
                    done++;
                }
                finish(step, started);
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

    private void runStatementByStatement(StepScript step, Instant started) {
        work.autoCommit(true);
        step.prelude().forEach(work::execute);
        List<SqlStatement> statements = step.statements();
        for (int i = 0; i < statements.size(); i++) {
            for (int attempt = 1; ; attempt++) {
                try {
                    work.execute(statements.get(i).sql());
                    break;
                } catch (DatabaseException e) {
                    if (dialect.isLockTimeout(e) && attempt <= execution.lockRetries()) {
                        pause(step, attempt, e);
                        continue;
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
            finish(step, started);
            work.commit();
        } catch (DatabaseException e) {
            work.rollbackQuietly();
            throw failed(step, started, statements.size(), e, !statements.isEmpty());
        }
    }

    /** The version update and the history row: in one round trip where the driver allows it. */
    private void finish(StepScript step, Instant started) {
        Instant finished = Instant.now();
        HistoryEntry entry = new HistoryEntry(0, step.revision(), step.direction().word(), step.script().checksum(), started,
                finished, Duration.between(started, finished).toMillis(), null, osUser, StrataVersion.current(),
                HistoryEntry.SUCCESS, null, null);
        if (dialect.executesMultipleStatements()) {
            List<String> statements = new java.util.ArrayList<>(step.bookkeeping());
            statements.add(store.recordStatement(entry));
            work.execute(String.join(";\n", statements));
            return;
        }
        step.bookkeeping().forEach(work::execute);
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
        String hint = partial
                ? "the statements before it were committed, so the database is partly changed; finish or undo them by hand, "
                  + "then run `strata stamp " + step.revision() + "` if it is now fully applied, or `strata repair` to run it again from the start"
                : "nothing was changed and the recorded revision is as it was; fix the migration and run it again";
        return new MigrationFailedException(message, hint, e, partial);
    }
}
