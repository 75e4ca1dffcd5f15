package dev.strata.cli;

import dev.strata.core.graph.Step;
import dev.strata.runtime.migrate.MigrationListener;
import dev.strata.runtime.zerodowntime.Backfill;
import dev.strata.runtime.zerodowntime.BackfillProgress;
import dev.strata.runtime.zerodowntime.ConsoleReporter;
import dev.strata.runtime.zerodowntime.LongTransaction;
import dev.strata.runtime.zerodowntime.ZeroDowntimeListener;

import java.time.Duration;
import java.util.List;

/**
 * Tells the person at the terminal what a run is doing, on the command's stderr (stdout is for results), and nothing
 * with {@code -q}: lock waits, retries, and the zero-downtime events (long transactions, INVALID indexes dropped,
 * backfill progress as a bar on a terminal, as a line every few seconds otherwise).
 */
final class ProgressPrinter implements MigrationListener, ZeroDowntimeListener {
    private final Context context;
    private final ZeroDowntimeListener online;

    ProgressPrinter(Context context) {
        this.context = context;
        this.online = context.global().quiet() ? ZeroDowntimeListener.NONE : new ConsoleReporter(context.err(), context.terminal());
    }

    @Override
    public void lockWaiting(String holder) {
        context.note("Waiting for the migration lock, held by " + holder + " …");
    }

    @Override
    public void retrying(Step step, int attempt, int of, Duration pause, String reason) {
        context.note("Lock timeout in " + step.revision().id() + " (" + reason + "); retry " + attempt + " of " + of
                + " in " + pause.toMillis() + " ms");
    }

    @Override
    public void stepStarting(Step step, String file) {
        if (context.global().verbose()) {
            context.note("Running " + step.direction().word() + " " + step.revision().id() + " (" + file + ")");
        }
    }

    @Override
    public void longTransactions(String statement, List<LongTransaction> sessions, Duration olderThan, Duration willWait) {
        online.longTransactions(statement, sessions, olderThan, willWait);
    }

    @Override
    public void longTransactionsWaited(Duration waited, List<LongTransaction> remaining) {
        online.longTransactionsWaited(waited, remaining);
    }

    @Override
    public void invalidIndexDropped(String index, String when) {
        online.invalidIndexDropped(index, when);
    }

    @Override
    public void backfillStarting(Backfill backfill, BackfillProgress resumedAt) {
        online.backfillStarting(backfill, resumedAt);
    }

    @Override
    public void backfillProgress(BackfillProgress progress) {
        online.backfillProgress(progress);
    }

    @Override
    public void backfillThrottled(Backfill backfill, Duration lag, Duration limit) {
        online.backfillThrottled(backfill, lag, limit);
    }

    @Override
    public void backfillFinished(BackfillProgress progress) {
        online.backfillFinished(progress);
    }
}
