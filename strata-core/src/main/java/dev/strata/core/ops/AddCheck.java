package dev.strata.core.ops;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/** {@code ALTER TABLE … ADD CONSTRAINT … CHECK} ({@code NOT VALID} when the check is not validated). */
public record AddCheck(TableRef table, CheckConstraint check) implements Operation {
    public AddCheck {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public DropCheck reverse() {
        return new DropCheck(table, check);
    }
}
