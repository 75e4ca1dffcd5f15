package dev.strata.core.ops;

import dev.strata.core.model.Column;
import dev.strata.core.model.TableRef;

import java.util.Objects;

/**
 * A change of one column: its type, nullability, default, identity, generation, collation, comment or
 * dialect attributes. Carries the column before and after, under the same name (a rename is
 * {@link RenameColumn}, before this). The differ copies into {@code to} every aspect that is equivalent
 * to {@code from} though spelled differently, so the {@code …Changed()} methods, plain comparisons,
 * tell the renderer exactly what to alter.
 */
public record AlterColumn(TableRef table, Column from, Column to) implements Operation {
    public AlterColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.name().equals(to.name())) {
            throw new IllegalArgumentException("AlterColumn keeps the column's name (" + from.name() + " vs " + to.name()
                    + "); a rename is RenameColumn");
        }
    }

    @Override
    public AlterColumn reverse() {
        return new AlterColumn(table, to, from);
    }

    public String column() {
        return to.name();
    }

    public boolean typeChanged() {
        return !from.type().equals(to.type());
    }

    public boolean nullabilityChanged() {
        return from.nullable() != to.nullable();
    }

    public boolean defaultChanged() {
        return !Objects.equals(from.defaultExpression(), to.defaultExpression());
    }

    public boolean identityChanged() {
        return !Objects.equals(from.identity(), to.identity());
    }

    public boolean generatedChanged() {
        return !Objects.equals(from.generated(), to.generated());
    }

    public boolean collationChanged() {
        return !Objects.equals(from.collation(), to.collation());
    }

    public boolean commentChanged() {
        return !Objects.equals(from.comment(), to.comment());
    }

    public boolean attributesChanged() {
        return !from.attributes().equals(to.attributes());
    }
}
