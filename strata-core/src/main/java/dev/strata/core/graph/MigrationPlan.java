package dev.strata.core.graph;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade or a downgrade will do, in order. Empty when there is nothing to do.
 *
 * @param steps       the steps, in execution order
 * @param headsBefore version rows before the first step
 * @param headsAfter  version rows after the last step
 */
public record MigrationPlan(List<Step> steps, Set<String> headsBefore, Set<String> headsAfter) {
    public MigrationPlan {
        steps = List.copyOf(steps);
        headsBefore = RowSet.freeze(headsBefore);   // unmodifiable, ordered; a planner's RowSet is kept as is
        headsAfter = RowSet.freeze(headsAfter);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
