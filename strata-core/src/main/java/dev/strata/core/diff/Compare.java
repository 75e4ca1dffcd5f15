package dev.strata.core.diff;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Semantic comparison of columns, constraints and indexes, asking the {@link DiffPolicy} about types,
 * defaults and expressions. Every method compares objects already in the second schema's names.
 */
final class Compare {
    private final DiffPolicy policy;

    Compare(DiffPolicy policy) {
        this.policy = policy;
    }

    /**
     * The target column with every aspect that is equivalent to the source's taken from the source, so
     * that an {@code AlterColumn} shows only real changes; null when the columns are equivalent.
     */
    Column alteredColumn(Column from, Column to) {
        if (from.equals(to)) {
            return null;
        }
        Column target = to;
        if (policy.typesEquivalent(from.type(), to.type())) {
            target = target.withType(from.type());
        }
        if (policy.defaultsEquivalent(from.defaultExpression(), to.defaultExpression(), to.type())) {
            target = target.withDefault(from.defaultExpression());
        }
        if (identitiesEquivalent(from.identity(), to.identity())) {
            target = target.withIdentity(from.identity());
        }
        if (generatedEquivalent(from.generated(), to.generated())) {
            target = target.withGenerated(from.generated());
        }
        if (namesEqual(from.collation(), to.collation())) {
            target = target.withCollation(from.collation());
        }
        if (Objects.equals(blankToNull(from.comment()), blankToNull(to.comment()))) {
            target = target.withComment(from.comment());
        }
        if (attributesEquivalent(from.attributes(), to.attributes())) {
            target = target.withAttributes(from.attributes());
        }
        return target.equals(from) ? null : target;
    }

    boolean identitiesEquivalent(Identity a, Identity b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.kind() == b.kind() && looselyEqual(a.start(), b.start()) && looselyEqual(a.increment(), b.increment());
    }

    boolean generatedEquivalent(GeneratedColumn a, GeneratedColumn b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.stored() == b.stored() && policy.expressionsEquivalent(a.expression(), b.expression());
    }

    boolean indexesEquivalent(Index a, Index b) {
        return a.unique() == b.unique()
                && a.nullsNotDistinct() == b.nullsNotDistinct()
                && namesEqual(method(a.method()), method(b.method()))
                && elementsEquivalent(a.elements(), b.elements())
                && a.include().equals(b.include())
                && optionalExpressionsEquivalent(a.predicate(), b.predicate());
    }

    boolean uniquesEquivalent(UniqueConstraint a, UniqueConstraint b) {
        return a.columns().equals(b.columns()) && a.nullsNotDistinct() == b.nullsNotDistinct()
                && a.deferrable() == b.deferrable() && a.initiallyDeferred() == b.initiallyDeferred();
    }

    boolean checksEquivalent(CheckConstraint a, CheckConstraint b) {
        return a.validated() == b.validated() && policy.expressionsEquivalent(a.expression(), b.expression());
    }

    boolean exclusionsEquivalent(ExclusionConstraint a, ExclusionConstraint b) {
        if (a.elements().size() != b.elements().size() || !namesEqual(method(a.method()), method(b.method()))
                || a.deferrable() != b.deferrable() || a.initiallyDeferred() != b.initiallyDeferred()
                || !optionalExpressionsEquivalent(a.predicate(), b.predicate())) {
            return false;
        }
        for (int i = 0; i < a.elements().size(); i++) {
            ExclusionConstraint.Element x = a.elements().get(i);
            ExclusionConstraint.Element y = b.elements().get(i);
            if (!x.operator().equals(y.operator()) || !elementEquivalent(x.key(), y.key())) {
                return false;
            }
        }
        return true;
    }

    /** Both keys in the second schema's names, with their referenced namespaces filled in. */
    boolean foreignKeysEquivalent(ForeignKey a, ForeignKey b) {
        return a.columns().equals(b.columns()) && a.referencedTable().equals(b.referencedTable())
                && a.referencedColumns().equals(b.referencedColumns())
                && a.onDelete() == b.onDelete() && a.onUpdate() == b.onUpdate()
                && a.deferrable() == b.deferrable() && a.initiallyDeferred() == b.initiallyDeferred()
                && a.validated() == b.validated();
    }

    boolean optionalExpressionsEquivalent(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return policy.expressionsEquivalent(a, b);
    }

    private boolean elementsEquivalent(List<IndexElement> a, List<IndexElement> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!elementEquivalent(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean elementEquivalent(IndexElement a, IndexElement b) {
        boolean keyEqual = a.isExpression() == b.isExpression()
                && (a.isExpression() ? policy.expressionsEquivalent(a.expression(), b.expression()) : a.column().equals(b.column()));
        return keyEqual && namesEqual(a.opclass(), b.opclass()) && namesEqual(a.collation(), b.collation())
                && a.descending() == b.descending() && a.effectiveNullsFirst() == b.effectiveNullsFirst();
    }

    /** The key an index is bucketed by when matched by definition: unique flag and plain columns. */
    static Object indexKey(Index index) {
        List<String> keys = new ArrayList<>(index.elements().size() + 1);
        keys.add(index.unique() ? "unique" : "");
        for (IndexElement element : index.elements()) {
            keys.add(element.isExpression() ? "(expression)" : element.column());
        }
        return keys;
    }

    static boolean attributesEquivalent(Map<String, String> a, Map<String, String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<String, String> entry : a.entrySet()) {
            if (!namesEqual(entry.getValue(), b.get(entry.getKey())) || !b.containsKey(entry.getKey())) {
                return false;
            }
        }
        return true;
    }

    static boolean namesEqual(String a, String b) {
        return a == null ? b == null : a.equalsIgnoreCase(b);
    }

    private static String method(String method) {
        return method == null ? "btree" : method;
    }

    private static boolean looselyEqual(Long a, Long b) {
        return a == null || b == null || a.equals(b);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
