package dev.strata.runtime.zerodowntime;

import dev.strata.core.graph.Step;
import dev.strata.runtime.migrate.MigrationListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to a run, the plain and the zero-downtime parts, as lines a test can assert on. */
class Recording implements MigrationListener, ZeroDowntimeListener {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    List<String> lines() {
        return lines;
    }

    void clear() {
        lines.clear();
    }

    @Override
    public void retrying(Step step, int attempt, int of, Duration pause, String reason) {
        lines.add("retry " + attempt + " of " + of + ": " + reason);
    }

    @Override
    public void longTransactions(String statement, List<LongTransaction> sessions, Duration olderThan, Duration willWait) {
        sessions.forEach(s -> lines.add("long: " + s.describe()));
    }

    @Override
    public void longTransactionsWaited(Duration waited, List<LongTransaction> remaining) {
        lines.add("waited: " + remaining.size() + " left");
    }

    @Override
    public void invalidIndexDropped(String index, String when) {
        lines.add("dropped " + index + " " + when);
    }

    @Override
    public void backfillStarting(Backfill backfill, BackfillProgress resumedAt) {
        lines.add("backfill " + backfill.table() + " from " + resumedAt.lastKey() + " (" + resumedAt.rowsSeen() + " seen)");
    }

    @Override
    public void backfillFinished(BackfillProgress progress) {
        lines.add("finished " + progress.rowsSeen() + " seen, " + progress.rowsDone() + " done");
    }
}
