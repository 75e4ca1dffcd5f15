package dev.strata.core.ops;

import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … EXCLUDE}. */
public record AddExclusion(TableRef table, ExclusionConstraint exclusion) implements Operation {
    public AddExclusion {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    @Override
    public DropExclusion reverse() {
        return new DropExclusion(table, exclusion);
    }
}
