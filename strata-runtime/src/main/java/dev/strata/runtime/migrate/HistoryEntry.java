package dev.strata.runtime.migrate;

import java.time.Instant;

/**
 * One row of {@code strata_history}: an upgrade, downgrade, stamp or repair, who ran it, when, how long,
 * with which checksum, and how it ended.
 *
 * @param outcome {@code success}; {@code rolled-back} (failed, nothing changed); {@code failed} (failed after
 *                some statements were committed: the state needs mending); {@code resolved} (a repair)
 */
public record HistoryEntry(long id, String revision, String direction, String checksum, Instant startedAt,
                           Instant finishedAt, Long durationMs, String dbUser, String osUser, String strataVersion,
                           String outcome, String failedStatement, String error) {
    public static final String SUCCESS = "success";
    public static final String ROLLED_BACK = "rolled-back";
    public static final String FAILED = "failed";
    public static final String RESOLVED = "resolved";
}
