package dev.strata.core.diff;

import dev.strata.core.diff.Plan.Phase;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddExclusion;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropExclusion;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.DropUnique;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.core.ops.SetTableComment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Diffs tables: created, dropped, and the columns, keys, constraints and indexes of a table kept (and
 * maybe renamed). Foreign keys of kept tables are diffed in a second pass, once every table has said
 * which keys it drops, because a foreign key must be dropped and added again around its referenced key.
 */
final class TableDiffer {

    private record Pair(String namespace, Table from, Table to, Map<String, String> columnRenames) {
    }

    private final DiffPolicy policy;
    private final Compare compare;
    private final Renames renames;
    private final Plan plan;
    private final List<Pair> pairs = new ArrayList<>();
    /** Keys dropped from kept tables: namespace.table|sorted columns, in the second schema's names. */
    private final Set<String> droppedKeys = new HashSet<>();
    /** Tables dropped, and (old) table → columns dropped or changed in type: what a view may depend on. */
    private final Set<String> droppedTables = new HashSet<>();
    private final Map<String, Set<String>> changedColumns = new HashMap<>();

    TableDiffer(DiffPolicy policy, Renames renames, Plan plan) {
        this.policy = policy;
        this.compare = new Compare(policy);
        this.renames = renames;
        this.plan = plan;
    }

    void created(String namespace, Table table) {
        TableRef ref = new TableRef(namespace, table.name());
        boolean inline = policy.foreignKeysInline();
        plan.add(Phase.CREATE_TABLES, new CreateTable(namespace, asCreated(table)));
        plan.difference(ref.toString(), "table-added", table.columns().size() + " columns");
        for (Index index : table.indexes()) {
            plan.add(Phase.CREATE_INDEXES, new CreateIndex(ref, index));
        }
        for (ForeignKey foreignKey : inline ? List.<ForeignKey>of() : table.foreignKeys()) {
            plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(ref, foreignKey));
        }
    }

    void dropped(String namespace, Table table) {
        TableRef ref = new TableRef(namespace, table.name());
        boolean inline = policy.foreignKeysInline();
        for (ForeignKey foreignKey : inline ? List.<ForeignKey>of() : table.foreignKeys()) {
            plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(ref, foreignKey));
        }
        for (Index index : table.indexes()) {
            plan.add(Phase.DROP_INDEXES, new DropIndex(ref, index));
        }
        plan.add(Phase.DROP_TABLES, new DropTable(namespace, asCreated(table)));
        plan.difference(ref.toString(), "table-removed", table.columns().size() + " columns");
        droppedTables.add(table.name());
    }

    /** The table as {@code CREATE TABLE} makes it: without indexes, and without foreign keys unless inline. */
    private Table asCreated(Table table) {
        Table created = table.indexes().isEmpty() ? table : table.withIndexes(List.of());
        return policy.foreignKeysInline() || created.foreignKeys().isEmpty() ? created : created.withForeignKeys(List.of());
    }

    void diff(String namespace, Table from, Table to) {
        TableRef oldRef = new TableRef(namespace, from.name());
        TableRef ref = new TableRef(namespace, to.name());
        Map<String, String> columnRenames = renames.columnsOf(namespace, from.name());
        if (!from.name().equals(to.name())) {
            plan.add(Phase.RENAMES, new RenameTable(namespace, from.name(), to.name()));
            plan.difference(oldRef.toString(), "table-renamed", "to " + to.name());
        }
        diffColumns(ref, from, to, columnRenames);
        diffPrimaryKey(oldRef, ref, from, to, columnRenames);
        diffConstraints(oldRef, ref, from, to, columnRenames);
        diffIndexes(oldRef, ref, from, to, columnRenames);
        if (!Objects.equals(emptyToNull(from.comment()), emptyToNull(to.comment()))) {
            plan.add(Phase.COLUMNS, new SetTableComment(ref, from.comment(), to.comment()));
            plan.difference(ref.toString(), "table-changed", "comment " + Describe.text(from.comment()) + " -> " + Describe.text(to.comment()));
        }
        if (!Compare.attributesEquivalent(from.attributes(), to.attributes())) {
            plan.add(Phase.COLUMNS, new SetTableAttributes(ref, from.attributes(), to.attributes()));
            plan.difference(ref.toString(), "table-changed", "attributes " + from.attributes() + " -> " + to.attributes());
        }
        pairs.add(new Pair(namespace, from, to, columnRenames));
    }

    private void diffColumns(TableRef ref, Table from, Table to, Map<String, String> columnRenames) {
        Set<String> matched = new HashSet<>();
        List<Column> dropped = new ArrayList<>();
        List<AlterColumn> altered = new ArrayList<>();
        for (Column before : from.columns()) {
            String newName = columnRenames.getOrDefault(before.name(), before.name());
            Column after = to.column(newName).orElse(null);
            if (after == null) {
                dropped.add(before);
                continue;
            }
            matched.add(newName);
            Column renamed = before;
            if (!newName.equals(before.name())) {
                plan.add(Phase.RENAMES, new RenameColumn(ref, before.name(), newName));
                plan.difference(ref + "." + before.name(), "column-renamed", "to " + newName);
                renamed = before.withName(newName);
            }
            Column target = compare.alteredColumn(renamed, after);
            if (target != null) {
                AlterColumn alter = new AlterColumn(ref, renamed, target);
                altered.add(alter);
                plan.difference(ref + "." + newName, "column-changed", Describe.changes(alter));
                if (alter.typeChanged()) {
                    changedColumns.computeIfAbsent(from.name(), k -> new HashSet<>()).add(before.name());
                }
            }
        }
        List<Column> added = new ArrayList<>();
        for (Column after : to.columns()) {
            if (!matched.contains(after.name())) {
                added.add(after);
                plan.add(Phase.COLUMNS, new AddColumn(ref, after));
                plan.difference(ref + "." + after.name(), "column-added", Describe.column(after));
            }
        }
        for (AlterColumn alter : altered) {
            plan.add(Phase.COLUMNS, alter);
        }
        for (Column before : dropped) {
            plan.add(Phase.COLUMNS, new DropColumn(ref, before));
            plan.difference(ref + "." + before.name(), "column-removed", Describe.column(before));
            changedColumns.computeIfAbsent(from.name(), k -> new HashSet<>()).add(before.name());
        }
        for (Column before : dropped) {
            for (Column after : added) {
                if (policy.typesEquivalent(before.type(), after.type())) {
                    plan.difference(ref + "." + before.name(), Difference.POSSIBLE_RENAME,
                            "column " + before.name() + " dropped and " + after.name() + " added with the same type "
                                    + after.type().sql() + "; if it is a rename, say --rename " + from.name() + "."
                                    + before.name() + "=" + after.name());
                }
            }
        }
    }

    private void diffPrimaryKey(TableRef oldRef, TableRef ref, Table from, Table to, Map<String, String> columnRenames) {
        PrimaryKey before = from.primaryKey();
        PrimaryKey after = to.primaryKey();
        if (before == null && after == null) {
            return;
        }
        if (before != null && after != null) {
            List<String> columns = Describe.renamed(before.columns(), columnRenames);
            boolean namesFree = before.name() == null || after.name() == null || before.name().equals(after.name())
                    || (policy.isGeneratedConstraintName(from, ConstraintKind.PRIMARY_KEY, before.name())
                    && policy.isGeneratedConstraintName(to, ConstraintKind.PRIMARY_KEY, after.name()));
            if (namesFree && columns.equals(after.columns())) {
                return;
            }
        }
        String object = ref + "." + (after != null && after.name() != null ? after.name()
                : before != null && before.name() != null ? before.name() : "primary key");
        if (before != null) {
            plan.add(Phase.DROP_CONSTRAINTS, new DropPrimaryKey(oldRef, before));
            droppedKeys.add(keyOf(ref, Describe.renamed(before.columns(), columnRenames)));
        }
        if (after != null) {
            plan.add(Phase.ADD_CONSTRAINTS, new AddPrimaryKey(ref, after));
        }
        String kind = before == null ? "primary-key-added" : after == null ? "primary-key-removed" : "primary-key-changed";
        plan.difference(object, kind, (before == null ? "" : "(" + String.join(", ", before.columns()) + ")")
                + (before != null && after != null ? " -> " : "") + (after == null ? "" : "(" + String.join(", ", after.columns()) + ")"));
    }

    private void diffConstraints(TableRef oldRef, TableRef ref, Table from, Table to, Map<String, String> columnRenames) {
        Matcher<UniqueConstraint> uniques = new Matcher<>(UniqueConstraint::name, compare::uniquesEquivalent);
        uniques.key = UniqueConstraint::columns;
        uniques.fromGenerated = u -> policy.isGeneratedConstraintName(from, ConstraintKind.UNIQUE, u.name());
        uniques.toGenerated = u -> policy.isGeneratedConstraintName(to, ConstraintKind.UNIQUE, u.name());
        if (!columnRenames.isEmpty()) {
            uniques.translate = u -> new UniqueConstraint(u.name(), Describe.renamed(u.columns(), columnRenames),
                    u.nullsNotDistinct(), u.deferrable(), u.initiallyDeferred());
        }
        uniques.match(from.uniques(), to.uniques(), new DropAdd<>(ref, "unique", UniqueConstraint::name, Describe::unique,
                Phase.DROP_CONSTRAINTS, u -> new DropUnique(oldRef, u), Phase.ADD_CONSTRAINTS, u -> new AddUnique(ref, u)) {
            @Override
            void droppingChanged(UniqueConstraint before) {
                droppedKeys.add(keyOf(ref, Describe.renamed(before.columns(), columnRenames)));
            }
        });

        Matcher<CheckConstraint> checks = new Matcher<>(CheckConstraint::name, compare::checksEquivalent);
        checks.fromGenerated = c -> policy.isGeneratedConstraintName(from, ConstraintKind.CHECK, c.name());
        checks.toGenerated = c -> policy.isGeneratedConstraintName(to, ConstraintKind.CHECK, c.name());
        checks.match(from.checks(), to.checks(), new DropAdd<>(ref, "check", CheckConstraint::name, CheckConstraint::expression,
                Phase.DROP_CONSTRAINTS, c -> new DropCheck(oldRef, c), Phase.ADD_CONSTRAINTS, c -> new AddCheck(ref, c)));

        Matcher<ExclusionConstraint> exclusions = new Matcher<>(ExclusionConstraint::name, compare::exclusionsEquivalent);
        exclusions.fromGenerated = x -> policy.isGeneratedConstraintName(from, ConstraintKind.EXCLUSION, x.name());
        exclusions.toGenerated = x -> policy.isGeneratedConstraintName(to, ConstraintKind.EXCLUSION, x.name());
        if (!columnRenames.isEmpty()) {
            exclusions.translate = x -> new ExclusionConstraint(x.name(), x.method(), x.elements().stream()
                    .map(e -> new ExclusionConstraint.Element(renamed(e.key(), columnRenames), e.operator())).toList(),
                    x.predicate(), x.deferrable(), x.initiallyDeferred());
        }
        exclusions.match(from.exclusions(), to.exclusions(), new DropAdd<>(ref, "exclusion", ExclusionConstraint::name,
                x -> "exclusion using " + x.method(), Phase.DROP_CONSTRAINTS, x -> new DropExclusion(oldRef, x),
                Phase.ADD_CONSTRAINTS, x -> new AddExclusion(ref, x)));
    }

    private void diffIndexes(TableRef oldRef, TableRef ref, Table from, Table to, Map<String, String> columnRenames) {
        Matcher<Index> indexes = new Matcher<>(Index::name, compare::indexesEquivalent);
        indexes.key = Compare::indexKey;
        indexes.fromGenerated = i -> policy.isGeneratedIndexName(from, i);
        indexes.toGenerated = i -> policy.isGeneratedIndexName(to, i);
        if (!columnRenames.isEmpty()) {
            indexes.translate = i -> i.withElements(i.elements().stream().map(e -> renamed(e, columnRenames)).toList())
                    .withInclude(Describe.renamed(i.include(), columnRenames));
        }
        indexes.match(from.indexes(), to.indexes(), new DropAdd<>(ref, "index", Index::name, Describe::index,
                Phase.DROP_INDEXES, i -> new DropIndex(oldRef, i), Phase.CREATE_INDEXES, i -> new CreateIndex(ref, i)) {
            @Override
            void droppingChanged(Index before) {
                if (before.unique() && before.predicate() == null && before.elements().stream().noneMatch(IndexElement::isExpression)) {
                    droppedKeys.add(keyOf(ref, Describe.renamed(before.elements().stream().map(IndexElement::column).toList(), columnRenames)));
                }
            }
        });
    }

    /** Second pass: the foreign keys of every kept table. */
    void diffForeignKeys() {
        for (Pair pair : pairs) {
            String namespace = pair.namespace();
            TableRef oldRef = new TableRef(namespace, pair.from().name());
            TableRef ref = new TableRef(namespace, pair.to().name());
            Matcher<ForeignKey> keys = new Matcher<>(ForeignKey::name,
                    (a, b) -> compare.foreignKeysEquivalent(a, b.referencing(b.referencedTable().inNamespace(namespace))));
            keys.key = fk -> List.of(fk.columns(), fk.referencedTable().inNamespace(namespace), fk.referencedColumns());
            keys.fromGenerated = fk -> policy.isGeneratedConstraintName(pair.from(), ConstraintKind.FOREIGN_KEY, fk.name());
            keys.toGenerated = fk -> policy.isGeneratedConstraintName(pair.to(), ConstraintKind.FOREIGN_KEY, fk.name());
            keys.translate = fk -> translate(fk, namespace, pair.columnRenames());
            keys.match(pair.from().foreignKeys(), pair.to().foreignKeys(), new DropAdd<>(ref, "foreign-key", ForeignKey::name,
                    Describe::foreignKey, Phase.DROP_FOREIGN_KEYS, fk -> new DropForeignKey(oldRef, fk),
                    Phase.ADD_FOREIGN_KEYS, fk -> new AddForeignKey(ref, fk)) {
                @Override
                public void same(ForeignKey before, ForeignKey after) {
                    TableRef target = after.referencedTable().inNamespace(namespace);
                    if (!droppedKeys.isEmpty() && droppedKeys.contains(keyOf(target, after.referencedColumns()))) {
                        plan.add(Phase.DROP_FOREIGN_KEYS, new DropForeignKey(oldRef, before));
                        plan.add(Phase.ADD_FOREIGN_KEYS, new AddForeignKey(ref, after));
                        plan.difference(ref + "." + Describe.name(after.name(), Describe.foreignKey(after)), "foreign-key-recreated",
                                "the key it references on " + target + " is dropped and added again");
                    }
                }
            });
        }
    }

    /** Whether a view whose query mentions these names may depend on a dropped table or a dropped or retyped column. */
    boolean mayDependOnChange(Supplier<Set<String>> names) {
        if (droppedTables.isEmpty() && changedColumns.isEmpty()) {
            return false;
        }
        Set<String> mentioned = names.get();
        for (String name : mentioned) {
            if (droppedTables.contains(name)) {
                return true;
            }
            Set<String> columns = changedColumns.get(name);
            if (columns != null) {
                for (String column : columns) {
                    if (mentioned.contains(column)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private ForeignKey translate(ForeignKey fk, String namespace, Map<String, String> columnRenames) {
        if (renames.isEmpty() && fk.referencedTable().namespace() != null) {
            return fk;
        }
        TableRef referenced = fk.referencedTable().inNamespace(namespace);
        TableRef target = renames.translate(referenced);
        List<String> referencedColumns = Describe.renamed(fk.referencedColumns(), renames.columnsOf(referenced.namespace(), referenced.name()));
        List<String> columns = Describe.renamed(fk.columns(), columnRenames);
        return new ForeignKey(fk.name(), columns, target, referencedColumns, fk.onDelete(), fk.onUpdate(),
                fk.deferrable(), fk.initiallyDeferred(), fk.validated());
    }

    private static IndexElement renamed(IndexElement element, Map<String, String> columnRenames) {
        return element.isExpression() || !columnRenames.containsKey(element.column())
                ? element : element.withColumn(columnRenames.get(element.column()));
    }

    private static String keyOf(TableRef table, List<String> columns) {
        return table + "|" + String.join(",", new TreeSet<>(columns));
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A sink that turns a changed object into drop + add, a dropped one into a drop, an added one into an add. */
    private class DropAdd<T> implements Matcher.Sink<T> {
        private final TableRef ref;
        private final String type;
        private final Function<T, String> name;
        private final Function<T, String> describe;
        private final Phase dropPhase;
        private final Function<T, Operation> drop;
        private final Phase addPhase;
        private final Function<T, Operation> add;

        DropAdd(TableRef ref, String type, Function<T, String> name, Function<T, String> describe,
                Phase dropPhase, Function<T, Operation> drop,
                Phase addPhase, Function<T, Operation> add) {
            this.ref = ref;
            this.type = type;
            this.name = name;
            this.describe = describe;
            this.dropPhase = dropPhase;
            this.drop = drop;
            this.addPhase = addPhase;
            this.add = add;
        }

        /** Called for every object of the first schema that is dropped, changed or not. */
        void droppingChanged(T before) {
        }

        @Override
        public void same(T before, T after) {
        }

        @Override
        public void changed(T before, T after) {
            plan.add(dropPhase, drop.apply(before));
            plan.add(addPhase, add.apply(after));
            droppingChanged(before);
            plan.difference(object(after), type + "-changed", describe.apply(before) + " -> " + describe.apply(after));
        }

        @Override
        public void dropped(T before) {
            plan.add(dropPhase, drop.apply(before));
            droppingChanged(before);
            plan.difference(object(before), type + "-removed", describe.apply(before));
        }

        @Override
        public void added(T after) {
            plan.add(addPhase, add.apply(after));
            plan.difference(object(after), type + "-added", describe.apply(after));
        }

        private String object(T item) {
            return ref + "." + Describe.name(name.apply(item), describe.apply(item));
        }
    }
}
