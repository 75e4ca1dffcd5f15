package dev.strata.core.diff;

import dev.strata.core.diff.DiffOptions.Rename;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The renames the user asked for, resolved against the two schemas and checked: the old name must exist
 * in the first schema, the new one in the second and not already in the first.
 */
final class Renames {
    static final Renames NONE = new Renames();

    /** namespace + '\0' + old table → new table. */
    private final Map<String, String> tables = new HashMap<>();
    /** namespace + '\0' + old table → (old column → new column). */
    private final Map<String, Map<String, String>> columns = new HashMap<>();

    private Renames() {
    }

    static Renames resolve(Schema from, Schema to, List<String> specs) {
        if (specs.isEmpty()) {
            return NONE;
        }
        Renames renames = new Renames();
        List<Rename> columnRenames = new ArrayList<>();
        for (String spec : specs) {
            Rename rename = DiffOptions.parse(spec);
            List<String> path = rename.path();
            if (path.size() == 1) {
                renames.addTable(from, to, rename, namespaceOfTable(from, path.get(0), rename), path.get(0));
            } else if (path.size() == 3) {
                columnRenames.add(rename);
            } else {
                String ownerOfColumn = namespaceWithColumn(from, path.get(0), path.get(1));
                boolean isTable = from.namespace(path.get(0)).flatMap(ns -> ns.table(path.get(1))).isPresent();
                if (ownerOfColumn != null && isTable) {
                    throw new BadInputException("rename '" + rename.spec() + "' is ambiguous: " + path.get(0) + "." + path.get(1)
                            + " is both a table and a column", "write " + ownerOfColumn + "." + rename.spec() + " for the column");
                }
                if (isTable) {
                    renames.addTable(from, to, rename, path.get(0), path.get(1));
                } else if (ownerOfColumn != null) {
                    columnRenames.add(new Rename(rename.spec(), List.of(ownerOfColumn, path.get(0), path.get(1)), rename.to()));
                } else {
                    throw unknown(rename, "no column " + path.get(1) + " in a table " + path.get(0));
                }
            }
        }
        for (Rename rename : columnRenames) {
            renames.addColumn(from, to, rename);
        }
        return renames;
    }

    private void addTable(Schema from, Schema to, Rename rename, String namespace, String oldName) {
        Namespace target = to.namespace(namespace).orElse(null);
        if (target == null || target.table(rename.to()).isEmpty()) {
            throw unknown(rename, "no table " + namespace + "." + rename.to() + " in the target schema");
        }
        if (from.namespace(namespace).flatMap(ns -> ns.table(rename.to())).isPresent()) {
            throw new BadInputException("cannot rename " + namespace + "." + oldName + " to " + rename.to()
                    + ": that table already exists", "rename one table at a time, without a cycle");
        }
        if (tables.putIfAbsent(key(namespace, oldName), rename.to()) != null) {
            throw new BadInputException("table " + namespace + "." + oldName + " is renamed twice", "keep one --rename for it");
        }
    }

    private void addColumn(Schema from, Schema to, Rename rename) {
        String namespace = rename.path().get(0);
        String oldTable = rename.path().get(1);
        String oldColumn = rename.path().get(2);
        Table before = from.namespace(namespace).flatMap(ns -> ns.table(oldTable)).orElse(null);
        if (before == null || before.column(oldColumn).isEmpty()) {
            throw unknown(rename, "no column " + oldColumn + " in table " + namespace + "." + oldTable);
        }
        String newTable = tableName(namespace, oldTable);
        Table after = to.namespace(namespace).flatMap(ns -> ns.table(newTable)).orElse(null);
        if (after == null || after.column(rename.to()).isEmpty()) {
            throw unknown(rename, "no column " + rename.to() + " in table " + namespace + "." + newTable + " of the target schema");
        }
        if (before.column(rename.to()).isPresent()) {
            throw new BadInputException("cannot rename column " + oldColumn + " of " + namespace + "." + oldTable + " to "
                    + rename.to() + ": that column already exists", "rename one column at a time, without a cycle");
        }
        Map<String, String> ofTable = columns.computeIfAbsent(key(namespace, oldTable), k -> new HashMap<>());
        if (ofTable.putIfAbsent(oldColumn, rename.to()) != null) {
            throw new BadInputException("column " + oldColumn + " of " + namespace + "." + oldTable + " is renamed twice",
                    "keep one --rename for it");
        }
    }

    /** The table's name in the target schema. */
    String tableName(String namespace, String oldName) {
        return tables.isEmpty() ? oldName : tables.getOrDefault(key(namespace, oldName), oldName);
    }

    /** Old column name → new column name, for a table named by its old name; empty when none is renamed. */
    Map<String, String> columnsOf(String namespace, String oldTable) {
        return columns.isEmpty() ? Map.of() : columns.getOrDefault(key(namespace, oldTable), Map.of());
    }

    boolean isEmpty() {
        return tables.isEmpty() && columns.isEmpty();
    }

    /** A reference to a table of the first schema, as the second schema names it. */
    TableRef translate(TableRef old) {
        String renamed = tableName(old.namespace(), old.name());
        return renamed.equals(old.name()) ? old : new TableRef(old.namespace(), renamed);
    }

    private static String key(String namespace, String table) {
        return namespace + '\0' + table;
    }

    private static String namespaceOfTable(Schema schema, String table, Rename rename) {
        String found = null;
        for (Namespace namespace : schema.namespaces()) {
            if (namespace.table(table).isPresent()) {
                if (found != null) {
                    throw new BadInputException("rename '" + rename.spec() + "' is ambiguous: table " + table
                            + " exists in " + found + " and " + namespace.name(), "write SCHEMA." + rename.spec());
                }
                found = namespace.name();
            }
        }
        if (found == null) {
            throw unknown(rename, "no table " + table + " in the current schema");
        }
        return found;
    }

    private static String namespaceWithColumn(Schema schema, String table, String column) {
        String found = null;
        for (Namespace namespace : schema.namespaces()) {
            if (namespace.table(table).flatMap(t -> t.column(column)).isPresent()) {
                if (found != null) {
                    throw new BadInputException("table " + table + " exists in " + found + " and " + namespace.name(),
                            "write SCHEMA." + table + "." + column + "=NEW");
                }
                found = namespace.name();
            }
        }
        return found;
    }

    private static BadInputException unknown(Rename rename, String why) {
        return new BadInputException("cannot apply rename '" + rename.spec() + "': " + why,
                "check the names: OLD as the database has it, NEW as the model has it");
    }
}
