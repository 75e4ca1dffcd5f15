package dev.strata.runtime.expand;

import java.time.Instant;
import java.util.List;

/**
 * One row of {@code strata_expansion}: the latest expansion of a revision and where it stands.
 *
 * @param state       {@code expanding} (the expand half ran, its backfill has not finished), {@code expanded} (open:
 *                    old and new columns kept in step by the trigger), {@code completed}, {@code aborted}
 * @param contractSql what {@code strata complete} runs
 * @param abortSql    what {@code strata abort} (or a downgrade through the open expansion) runs
 */
public record Expansion(String revision, String kind, String table, String oldColumn, List<String> newColumns, String trigger,
                        String state, List<String> contractSql, List<String> abortSql, Instant startedAt, Instant expandedAt,
                        Instant finishedAt) {
    public static final String EXPANDING = "expanding";
    public static final String EXPANDED = "expanded";
    public static final String COMPLETED = "completed";
    public static final String ABORTED = "aborted";

    /** The trigger is in place: complete (once expanded) or abort can follow. */
    public boolean isOpen() {
        return EXPANDING.equals(state) || EXPANDED.equals(state);
    }

    /** {@code users.name -> full_name}. */
    public String change() {
        return table + "." + oldColumn + " -> " + String.join(", ", newColumns);
    }
}
