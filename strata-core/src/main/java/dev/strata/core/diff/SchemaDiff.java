package dev.strata.core.diff;

import dev.strata.core.ops.MigrationOps;
import dev.strata.core.ops.Operation;

import java.util.List;

/**
 * The result of comparing two schemas: what differs, for people and {@code --format json}, and the
 * operations that turn the first schema into the second, in dependency order.
 */
public record SchemaDiff(List<Difference> differences, List<Operation> operations) {
    public SchemaDiff {
        differences = List.copyOf(differences);
        operations = List.copyOf(operations);
    }

    /** True when the schemas are the same (a possible rename alone is still a difference). */
    public boolean isEmpty() {
        return differences.isEmpty() && operations.isEmpty();
    }

    /** The operations that undo {@link #operations()}; throws NotReversibleException when one cannot be undone. */
    public List<Operation> downgrade() {
        return MigrationOps.downgrade(operations);
    }
}
