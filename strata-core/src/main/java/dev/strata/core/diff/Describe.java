package dev.strata.core.diff;

import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.ops.AlterColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Short human descriptions for {@link Difference#detail()}, and small list helpers. */
final class Describe {
    private Describe() {
    }

    static String column(Column column) {
        StringBuilder out = new StringBuilder(column.type().sql());
        if (!column.nullable()) {
            out.append(" not null");
        }
        if (column.defaultExpression() != null) {
            out.append(" default ").append(column.defaultExpression());
        }
        if (column.identity() != null) {
            out.append(" ").append(column.identity().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (column.generated() != null) {
            out.append(" generated as (").append(column.generated().expression()).append(")");
        }
        return out.toString();
    }

    static String changes(AlterColumn alter) {
        Column from = alter.from();
        Column to = alter.to();
        List<String> parts = new ArrayList<>();
        if (alter.typeChanged()) {
            parts.add("type " + from.type().sql() + " -> " + to.type().sql());
        }
        if (alter.nullabilityChanged()) {
            parts.add(from.nullable() ? "null -> not null" : "not null -> null");
        }
        if (alter.defaultChanged()) {
            parts.add("default " + text(from.defaultExpression()) + " -> " + text(to.defaultExpression()));
        }
        if (alter.identityChanged()) {
            parts.add("identity " + (from.identity() == null ? "none" : from.identity().kind()) + " -> "
                    + (to.identity() == null ? "none" : to.identity().kind()));
        }
        if (alter.generatedChanged()) {
            parts.add("generated " + (from.generated() == null ? "none" : from.generated().expression()) + " -> "
                    + (to.generated() == null ? "none" : to.generated().expression()));
        }
        if (alter.collationChanged()) {
            parts.add("collation " + text(from.collation()) + " -> " + text(to.collation()));
        }
        if (alter.commentChanged()) {
            parts.add("comment " + text(from.comment()) + " -> " + text(to.comment()));
        }
        if (alter.attributesChanged()) {
            parts.add("attributes " + from.attributes() + " -> " + to.attributes());
        }
        return String.join("; ", parts);
    }

    static String index(Index index) {
        List<String> keys = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            keys.add((element.isExpression() ? "(" + element.expression() + ")" : element.column())
                    + (element.opclass() == null ? "" : " " + element.opclass())
                    + (element.descending() ? " desc" : ""));
        }
        return (index.unique() ? "unique " : "") + (index.method() == null ? "" : "using " + index.method() + " ")
                + "(" + String.join(", ", keys) + ")"
                + (index.include().isEmpty() ? "" : " include (" + String.join(", ", index.include()) + ")")
                + (index.predicate() == null ? "" : " where " + index.predicate());
    }

    static String unique(UniqueConstraint unique) {
        return "unique (" + String.join(", ", unique.columns()) + ")";
    }

    static String foreignKey(ForeignKey fk) {
        return "(" + String.join(", ", fk.columns()) + ") references " + fk.referencedTable()
                + " (" + String.join(", ", fk.referencedColumns()) + ")";
    }

    /** An object's name, or its description when it has none. */
    static String name(String name, String description) {
        return name != null ? name : description;
    }

    static String text(String value) {
        return value == null ? "none" : value;
    }

    /** The names with the renamed ones replaced. */
    static List<String> renamed(List<String> names, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return names;
        }
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(renames.getOrDefault(name, name));
        }
        return out;
    }
}
