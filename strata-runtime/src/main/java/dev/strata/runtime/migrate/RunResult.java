package dev.strata.runtime.migrate;

import java.util.List;
import java.util.Set;

/**
 * What a run did.
 *
 * @param applied the steps run, in order
 * @param current the version rows afterwards
 */
public record RunResult(List<Applied> applied, Set<String> current) {
    public RunResult {
        applied = List.copyOf(applied);
        current = Set.copyOf(current);
    }

    /** One step that ran: the revision, {@code upgrade} or {@code downgrade}, and how long it took. */
    public record Applied(String revision, String direction, long durationMs, String message) {
    }
}
