package dev.strata.runtime.zerodowntime;

import java.time.Duration;

/**
 * Where a backfill stands.
 *
 * @param backfill  what runs
 * @param lastKey   the last key done (text), null before the first batch
 * @param rowsSeen  rows whose key has been passed, this run and earlier ones
 * @param rowsDone  rows the UPDATE changed, this run and earlier ones
 * @param estimate  how many rows the table holds (the planner's estimate, or a count), for the ETA; 0 if unknown
 * @param batches   batches committed, this run and earlier ones
 * @param rowsThisRun rows seen in this run, for the rate
 * @param elapsed   time spent in this run
 */
public record BackfillProgress(Backfill backfill, String lastKey, long rowsSeen, long rowsDone, long estimate, long batches,
                               long rowsThisRun, Duration elapsed) {

    /** Rows per second in this run. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsThisRun / seconds;
    }

    /** Fraction done by the estimate, 0 to 1; 0 when unknown. */
    public double fraction() {
        return estimate <= 0 ? 0 : Math.min(1.0, (double) rowsSeen / estimate);
    }

    /** Time left at this run's rate, or null when unknown. */
    public Duration eta() {
        double rate = rate();
        if (estimate <= 0 || rate <= 0) {
            return null;
        }
        return Duration.ofMillis((long) (Math.max(0, estimate - rowsSeen) / rate * 1000));
    }
}
