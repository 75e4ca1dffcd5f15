package dev.strata.core.ops;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … DROP CONSTRAINT} of a check, carrying it. */
public record DropCheck(TableRef table, CheckConstraint check) implements Operation {
    public DropCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public AddCheck reverse() {
        return new AddCheck(table, check);
    }
}
