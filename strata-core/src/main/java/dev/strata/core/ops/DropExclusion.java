package dev.strata.core.ops;

import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT} of an exclusion constraint, carrying it. */
public record DropExclusion(TableRef table, ExclusionConstraint exclusion) implements Operation {
    public DropExclusion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    @Override
    public AddExclusion reverse() {
        return new AddExclusion(table, exclusion);
    }
}
