package dev.strata.core.diff;

import dev.strata.core.diff.Plan.Phase;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.ops.AddEnumValue;
import dev.strata.core.ops.AlterDomain;
import dev.strata.core.ops.AlterExtension;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateDomain;
import dev.strata.core.ops.CreateEnumType;
import dev.strata.core.ops.CreateExtension;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.DropDomain;
import dev.strata.core.ops.DropEnumType;
import dev.strata.core.ops.DropExtension;
import dev.strata.core.ops.DropSchema;
import dev.strata.core.ops.DropSequence;
import dev.strata.core.ops.ReplaceEnumType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares two schema models and returns their differences and the operations, in dependency order,
 * that turn the first into the second. Generic: a dialect only answers the narrow questions of its
 * {@link DiffPolicy}. Objects are matched by name with hash lookups, so the work is linear in the
 * number of objects. Column order is not a difference. Renames are never guessed: a dropped and an added
 * column of the same type (or table with the same columns) are reported as a {@code possible-rename},
 * and become a rename only when {@link DiffOptions} says so.
 */
public final class SchemaDiffer {
    private final DiffPolicy policy;

    public SchemaDiffer() {
        this(DiffPolicy.DEFAULT);
    }

    public SchemaDiffer(DiffPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SchemaDiff diff(Schema from, Schema to) {
        return diff(from, to, DiffOptions.NONE);
    }

    /** Throws BadInputException when a rename in the options does not fit the two schemas. */
    public SchemaDiff diff(Schema from, Schema to, DiffOptions options) {
        Plan plan = new Plan();
        Renames renames = Renames.resolve(from, to, options.renames());
        TableDiffer tables = new TableDiffer(policy, renames, plan);
        diffExtensions(from, to, plan);
        for (Namespace before : from.namespaces()) {
            Namespace after = to.namespace(before.name()).orElse(null);
            if (after == null) {
                dropNamespace(before, plan, tables);
            } else {
                diffTypes(before, after, plan);
                diffTables(before, after, plan, tables, renames);
            }
        }
        for (Namespace after : to.namespaces()) {
            if (from.namespace(after.name()).isEmpty()) {
                createNamespace(after, plan, tables);
            }
        }
        tables.diffForeignKeys();
        new ViewDiffer(policy, plan, tables).diff(from, to);
        return plan.result();
    }

    private void diffExtensions(Schema from, Schema to, Plan plan) {
        for (Extension before : from.extensions()) {
            Extension after = to.extension(before.name()).orElse(null);
            if (after == null) {
                plan.add(Phase.DROP_EXTENSIONS, new DropExtension(before));
                plan.difference(before.name(), "extension-removed", "");
            } else if (!loose(before.version(), after.version()) || !loose(before.schema(), after.schema())) {
                plan.add(Phase.EXTENSIONS, new AlterExtension(before, after));
                plan.difference(before.name(), "extension-changed", "version " + Describe.text(before.version())
                        + " -> " + Describe.text(after.version()) + "; schema " + Describe.text(before.schema())
                        + " -> " + Describe.text(after.schema()));
            }
        }
        for (Extension after : to.extensions()) {
            if (from.extension(after.name()).isEmpty()) {
                plan.add(Phase.EXTENSIONS, new CreateExtension(after));
                plan.difference(after.name(), "extension-added", after.version() == null ? "" : "version " + after.version());
            }
        }
    }

    private void createNamespace(Namespace namespace, Plan plan, TableDiffer tables) {
        String name = namespace.name();
        plan.add(Phase.CREATE_SCHEMAS, new CreateSchema(name));
        plan.difference(name, "schema-added", "");
        diffTypes(new Namespace(name, List.of(), List.of(), List.of(), List.of(), List.of()), namespace, plan);
        for (Table table : TableOrder.forCreate(namespace.tables(), name, policy)) {
            tables.created(name, table);
        }
    }

    private void dropNamespace(Namespace namespace, Plan plan, TableDiffer tables) {
        String name = namespace.name();
        for (Table table : TableOrder.forDrop(namespace.tables(), name, policy)) {
            tables.dropped(name, table);
        }
        diffTypes(namespace, new Namespace(name, List.of(), List.of(), List.of(), List.of(), List.of()), plan);
        plan.add(Phase.DROP_SCHEMAS, new DropSchema(name));
        plan.difference(name, "schema-removed", "");
    }

    private void diffTables(Namespace from, Namespace to, Plan plan, TableDiffer tables, Renames renames) {
        String name = from.name();
        List<Table> dropped = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (Table before : from.tables()) {
            String newName = renames.tableName(name, before.name());
            Table after = to.table(newName).orElse(null);
            if (after == null) {
                dropped.add(before);
            } else {
                matched.add(newName);
                tables.diff(name, before, after);
            }
        }
        List<Table> created = new ArrayList<>();
        for (Table after : to.tables()) {
            if (!matched.contains(after.name())) {
                created.add(after);
            }
        }
        for (Table table : TableOrder.forDrop(dropped, name, policy)) {
            tables.dropped(name, table);
        }
        for (Table table : TableOrder.forCreate(created, name, policy)) {
            tables.created(name, table);
        }
        reportPossibleTableRenames(name, dropped, created, plan);
    }

    private static void reportPossibleTableRenames(String namespace, List<Table> dropped, List<Table> created, Plan plan) {
        if (dropped.isEmpty() || created.isEmpty()) {
            return;
        }
        Map<Set<String>, List<Table>> bySignature = new HashMap<>();
        for (Table table : created) {
            bySignature.computeIfAbsent(signature(table), k -> new ArrayList<>()).add(table);
        }
        for (Table before : dropped) {
            for (Table after : bySignature.getOrDefault(signature(before), List.of())) {
                plan.difference(namespace + "." + before.name(), Difference.POSSIBLE_RENAME,
                        "table " + before.name() + " dropped and " + after.name() + " added with the same columns; "
                                + "if it is a rename, say --rename " + namespace + "." + before.name() + "=" + after.name());
            }
        }
    }

    private static Set<String> signature(Table table) {
        Set<String> columns = new HashSet<>();
        table.columns().forEach(column -> columns.add(column.name() + " " + column.type().canonical()));
        return columns;
    }

    /** Enum types, domains and sequences of one namespace (either side may be an empty namespace). */
    private void diffTypes(Namespace from, Namespace to, Plan plan) {
        String ns = from.name();
        for (EnumType before : from.enumTypes()) {
            EnumType after = to.enumType(before.name()).orElse(null);
            if (after == null) {
                plan.add(Phase.DROP_ENUM_TYPES, new DropEnumType(ns, before));
                plan.difference(ns + "." + before.name(), "enum-type-removed", String.join(", ", before.values()));
            } else if (!before.values().equals(after.values())) {
                diffEnum(ns, before, after, plan);
            }
        }
        for (EnumType after : to.enumTypes()) {
            if (from.enumType(after.name()).isEmpty()) {
                plan.add(Phase.ENUM_TYPES, new CreateEnumType(ns, after));
                plan.difference(ns + "." + after.name(), "enum-type-added", String.join(", ", after.values()));
            }
        }
        for (Domain before : from.domains()) {
            Domain after = to.domain(before.name()).orElse(null);
            if (after == null) {
                plan.add(Phase.DROP_DOMAINS, new DropDomain(ns, before));
                plan.difference(ns + "." + before.name(), "domain-removed", before.baseType().sql());
            } else if (!domainsEquivalent(before, after)) {
                plan.add(Phase.DOMAINS, new AlterDomain(ns, before, after));
                plan.difference(ns + "." + before.name(), "domain-changed", "");
            }
        }
        for (Domain after : to.domains()) {
            if (from.domain(after.name()).isEmpty()) {
                plan.add(Phase.DOMAINS, new CreateDomain(ns, after));
                plan.difference(ns + "." + after.name(), "domain-added", after.baseType().sql());
            }
        }
        for (Sequence before : from.sequences()) {
            Sequence after = to.sequence(before.name()).orElse(null);
            if (after == null) {
                plan.add(Phase.DROP_SEQUENCES, new DropSequence(ns, before));
                plan.difference(ns + "." + before.name(), "sequence-removed", "");
            } else if (!sequencesEquivalent(before, after)) {
                plan.add(Phase.SEQUENCES, new AlterSequence(ns, before, after));
                plan.difference(ns + "." + before.name(), "sequence-changed", "");
            }
        }
        for (Sequence after : to.sequences()) {
            if (from.sequence(after.name()).isEmpty()) {
                plan.add(Phase.SEQUENCES, new CreateSequence(ns, after));
                plan.difference(ns + "." + after.name(), "sequence-added", "");
            }
        }
    }

    /** Values only added, the old ones in their order: ADD VALUE each, placed after its predecessor. */
    private static void diffEnum(String ns, EnumType before, EnumType after, Plan plan) {
        Set<String> old = new HashSet<>(before.values());
        List<String> kept = after.values().stream().filter(old::contains).toList();
        String object = ns + "." + before.name();
        if (!kept.equals(before.values())) {
            plan.add(Phase.ENUM_TYPES, new ReplaceEnumType(ns, before, after));
            plan.difference(object, "enum-type-changed", String.join(", ", before.values()) + " -> " + String.join(", ", after.values()));
            return;
        }
        List<String> values = after.values();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (old.contains(value)) {
                continue;
            }
            added.add(value);
            String afterValue = i > 0 ? values.get(i - 1) : null;
            String beforeValue = i == 0 && values.size() > 1 ? values.get(1) : null;
            plan.add(Phase.ENUM_TYPES, new AddEnumValue(ns, before.name(), value, beforeValue, afterValue));
        }
        plan.difference(object, "enum-type-changed", "values added: " + String.join(", ", added));
    }

    private boolean domainsEquivalent(Domain a, Domain b) {
        if (!policy.typesEquivalent(a.baseType(), b.baseType()) || a.nullable() != b.nullable()
                || !Compare.namesEqual(a.collation(), b.collation())
                || !policy.defaultsEquivalent(a.defaultExpression(), b.defaultExpression(), b.baseType())
                || a.checks().size() != b.checks().size()) {
            return false;
        }
        for (int i = 0; i < a.checks().size(); i++) {
            var x = a.checks().get(i);
            var y = b.checks().get(i);
            if (x.name() != null && y.name() != null && !x.name().equals(y.name())
                    || !policy.expressionsEquivalent(x.expression(), y.expression()) || x.validated() != y.validated()) {
                return false;
            }
        }
        return true;
    }

    private boolean sequencesEquivalent(Sequence a, Sequence b) {
        ColumnType bigint = ColumnType.of("bigint");
        return policy.typesEquivalent(a.dataType() == null ? bigint : a.dataType(), b.dataType() == null ? bigint : b.dataType())
                && loose(a.start(), b.start()) && loose(a.increment(), b.increment())
                && loose(a.minValue(), b.minValue()) && loose(a.maxValue(), b.maxValue())
                && loose(a.cache(), b.cache()) && a.cycle() == b.cycle();
    }

    /** Equal, or unknown on either side. */
    private static boolean loose(Object a, Object b) {
        return a == null || b == null || a.equals(b);
    }
}
