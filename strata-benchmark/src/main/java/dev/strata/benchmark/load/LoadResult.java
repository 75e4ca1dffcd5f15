package dev.strata.benchmark.load;

import java.time.Duration;
import java.util.Map;

/**
 * What one change did to the workload, one way.
 *
 * @param migrationMs   the whole migration, wall time (for Strata: the CLI's {@code upgrade}, connect included)
 * @param lockWaitMs    the longest time a workload query waited for a lock, sampled from {@code pg_stat_activity}
 * @param longestMs     the longest workload query during the migration, as the client timed it
 * @param baselineP99Ms the workload's p99 latency before the migration started
 * @param duringP99Ms   its p99 latency while the migration ran
 * @param queries       workload queries that ran while the migration ran
 * @param failed        of those (and of any others in the run), how many failed
 * @param retries       lock timeouts Strata retried (0 for the naive way)
 * @param done          whether the change was complete afterwards (column, constraint, index, type, data)
 * @param error         the migration's failure, or null
 * @param errors        the workload's failures by message
 */
record LoadResult(Change change, boolean strata, double migrationMs, double lockWaitMs, double longestMs, double baselineP99Ms,
                  double duringP99Ms, int queries, int failed, int retries, boolean done, String error,
                  Map<String, Integer> errors) {

    String way() {
        return strata ? "Strata" : "naive";
    }

    /** The goal of design/benchmarks.md, for the Strata way: no lock wait over the lock timeout, no failed query, the change done. */
    boolean meetsGoal(Duration lockTimeout) {
        return lockWaitMs <= lockTimeout.toMillis() && failed == 0 && done && error == null;
    }
}
