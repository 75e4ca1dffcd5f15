package dev.strata.runtime.zerodowntime;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * Prints zero-downtime events for a person: on a terminal, backfill progress is one bar redrawn in place; otherwise
 * (a log, a CI job) it is a line every few seconds.
 */
public final class ConsoleReporter implements ZeroDowntimeListener {
    private static final long LINE_EVERY_NANOS = Duration.ofSeconds(2).toNanos();
    private static final int BAR = 30;
    private static final String CLEAR_TO_END = "\033[K";

    private final PrintWriter out;
    private final boolean terminal;
    private long lastLine;

    /** @param terminal whether {@code out} is a terminal: a bar redrawn in place; otherwise a progress line every few seconds */
    public ConsoleReporter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** The process's stderr, with a bar when it is a terminal: for library callers whose listener does not hear these events. */
    public static ConsoleReporter stderr() {
        return new ConsoleReporter(new PrintWriter(System.err, true), System.console() != null);
    }

    @Override
    public void longTransactions(String statement, List<LongTransaction> sessions, Duration olderThan, Duration willWait) {
        out.println(sessions.size() + (sessions.size() == 1 ? " session has" : " sessions have") + " been in a transaction for more than "
                + Durations.format(olderThan) + "; `" + abbreviate(statement) + "` needs a strong lock and would wait for "
                + (sessions.size() == 1 ? "it" : "them") + ", with every query on the table queued behind it:");
        sessions.forEach(s -> out.println("  " + s.describe()));
        out.println(willWait.isZero()
                ? "  going on (lock_timeout limits the wait); end them with SELECT pg_terminate_backend(pid), or wait for them"
                : "  waiting up to " + Durations.format(willWait) + " for them to finish …");
    }

    @Override
    public void longTransactionsWaited(Duration waited, List<LongTransaction> remaining) {
        out.println(remaining.isEmpty()
                ? "  they finished after " + Durations.format(waited) + "; going on"
                : "  " + remaining.size() + " still open after " + Durations.format(waited) + "; going on (lock_timeout limits the wait)");
    }

    @Override
    public void invalidIndexDropped(String index, String when) {
        out.println("Dropped INVALID index " + index + " " + when);
    }

    @Override
    public void backfillStarting(Backfill backfill, BackfillProgress resumedAt) {
        out.println("Backfill of " + backfill.table() + " by " + backfill.key() + " in batches of " + backfill.batch()
                + (resumedAt.lastKey() == null ? ""
                : ": resuming after " + backfill.key() + " = " + resumedAt.lastKey() + " (" + String.format("%,d", resumedAt.rowsSeen())
                  + " rows done earlier)"));
        lastLine = System.nanoTime();
    }

    @Override
    public void backfillProgress(BackfillProgress p) {
        if (terminal) {
            out.print("\r" + bar(p) + "  " + numbers(p) + CLEAR_TO_END);
            out.flush();
        } else if (System.nanoTime() - lastLine >= LINE_EVERY_NANOS) {
            out.println("  " + numbers(p));
            lastLine = System.nanoTime();
        }
    }

    @Override
    public void backfillThrottled(Backfill backfill, Duration lag, Duration limit) {
        out.println((terminal ? "\n" : "") + "  replication lag " + Durations.format(lag) + " is over " + Durations.format(limit)
                + ": pausing the backfill of " + backfill.table() + " until the replicas catch up");
    }

    @Override
    public void backfillFinished(BackfillProgress p) {
        if (p.rowsThisRun() == 0 && p.elapsed().isZero()) {
            out.println("Backfill of " + p.backfill().table() + " by " + p.backfill().key() + ": done in an earlier run ("
                    + String.format("%,d", p.rowsDone()) + " rows updated in " + String.format("%,d", p.batches()) + " batches)");
            return;
        }
        out.println((terminal ? "\r" + CLEAR_TO_END + bar(p) + "  " : "  ") + "done: " + String.format("%,d", p.rowsDone()) + " rows updated in "
                + String.format("%,d", p.batches()) + " batches"
                + (p.rowsThisRun() == p.rowsSeen() ? "" : String.format(" (%,d rows in this run)", p.rowsThisRun()))
                + ", " + Durations.format(p.elapsed()) + String.format(", %,.0f rows/s", p.rate()));
    }

    private static String bar(BackfillProgress p) {
        int filled = (int) Math.round(p.fraction() * BAR);
        return "[" + "#".repeat(filled) + ".".repeat(BAR - filled) + "]";
    }

    static String numbers(BackfillProgress p) {
        Duration eta = p.eta();
        return String.format("%,d", p.rowsSeen()) + (p.estimate() > 0 ? String.format(" of ~%,d rows (%.0f%%)", p.estimate(), p.fraction() * 100) : " rows")
                + ", " + String.format("%,.0f", p.rate()) + " rows/s" + (eta == null ? "" : ", ETA " + Durations.format(eta));
    }

    private static String abbreviate(String sql) {
        String line = sql.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
