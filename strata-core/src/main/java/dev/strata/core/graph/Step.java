package dev.strata.core.graph;

import java.util.Set;

/**
 * One step of a plan: apply or revert one revision. The version rows before and after the step are part
 * of the plan, so the runner (online) and the script writer (offline) do the same bookkeeping.
 *
 * @param revision     the revision applied or reverted
 * @param direction    upgrade or downgrade
 * @param headsBefore  the version-table rows before this step
 * @param headsAfter   the version-table rows after this step
 */
public record Step(Revision revision, Direction direction, Set<String> headsBefore, Set<String> headsAfter) {
    public Step {
        headsBefore = RowSet.freeze(headsBefore);   // unmodifiable, ordered; a planner's RowSet is kept as is
        headsAfter = RowSet.freeze(headsAfter);
    }
}
