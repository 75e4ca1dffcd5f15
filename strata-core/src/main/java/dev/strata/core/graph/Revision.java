package dev.strata.core.graph;

import java.util.List;
import java.util.Set;

/**
 * One node of the revision graph: what a migration file's header says about its place in history.
 *
 * @param id           unique revision id (generated ids are 12 lowercase hex digits)
 * @param revises      the down revisions; empty for a root ({@code revises base}), several for a merge
 * @param dependsOn    revisions that must be applied first without being parents (Alembic's depends_on)
 * @param branchLabels labels naming this revision's branch ({@code LABEL@head})
 * @param message      the human message, may be empty
 */
public record Revision(String id, List<String> revises, List<String> dependsOn, Set<String> branchLabels, String message) {
    public Revision {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = Set.copyOf(branchLabels);
        message = message == null ? "" : message;
    }

    /** A revision with only parents, for tests and simple graphs: {@code rev("c", "a", "b")} merges a and b. */
    public static Revision rev(String id, String... revises) {
        return new Revision(id, List.of(revises), List.of(), Set.of(), "");
    }

    public Revision dependingOn(String... ids) {
        return new Revision(id, revises, List.of(ids), branchLabels, message);
    }

    public Revision labelled(String... labels) {
        return new Revision(id, revises, dependsOn, Set.of(labels), message);
    }

    public boolean isRoot() {
        return revises.isEmpty();
    }

    public boolean isMerge() {
        return revises.size() > 1;
    }
}
