package dev.strata.core.graph;

import java.util.List;
import java.util.Set;

/** Readable views of plans for assertions: ids in order, and each step with its version rows. */
final class Plans {
    private Plans() {
    }

    static List<String> ids(MigrationPlan plan) {
        return plan.steps().stream().map(step -> step.revision().id()).toList();
    }

    static List<String> ids(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    /** "c [b] -> [c]": the revision, then the version rows before and after the step, in topological order. */
    static List<String> trace(MigrationPlan plan) {
        return plan.steps().stream()
                .map(step -> step.revision().id() + " " + step.headsBefore() + " -> " + step.headsAfter())
                .toList();
    }

    static Set<String> rows(String... ids) {
        return Set.of(ids);
    }
}
