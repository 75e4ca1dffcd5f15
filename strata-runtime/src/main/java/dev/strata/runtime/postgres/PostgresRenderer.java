package dev.strata.runtime.postgres;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Schema;
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
import dev.strata.runtime.DdlRenderer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders operations to PostgreSQL DDL, for PostgreSQL 12 and later. On a table that existed before the
 * script, the forms that would block the table for a scan or an index build are replaced by their safe
 * forms, each preceded by a {@code -- strata: } comment saying why: {@code CREATE/DROP INDEX CONCURRENTLY},
 * foreign keys and checks added {@code NOT VALID} then validated, {@code SET NOT NULL} through a validated
 * check, unique and primary keys attached to an index built concurrently. A validation only helps when it
 * runs in its own transaction, and {@code CONCURRENTLY} cannot run in one at all, so a script using any of
 * them is not transactional (each statement commits by itself). Objects of a table created earlier in the
 * same script take the plain forms. Table-level operations are here; types, sequences, views and the rest
 * are in {@link PostgresObjectRenderer}.
 */
public final class PostgresRenderer implements DdlRenderer {
    /** How the comments that explain a safe form start. */
    static final String NOTE = "-- note: ";

    private final PostgresClauses sql;
    private final PostgresObjectRenderer objects;
    private final Schema before;

    public PostgresRenderer(SqlDialect dialect) {
        this(dialect, Schema.EMPTY);
    }

    /** @param before the schema the script starts from: what a replaced column's indexes and constraints were */
    public PostgresRenderer(SqlDialect dialect, Schema before) {
        this.sql = new PostgresClauses(dialect);
        this.objects = new PostgresObjectRenderer(sql);
        this.before = before;
    }

    @Override
    public RenderedScript render(List<Operation> operations) {
        Script script = new Script();
        for (Operation operation : operations) {
            if (operation instanceof DropTable op) {
                script.dropped.add(new TableRef(op.namespace(), op.table().name()));
            }
            ownObjectName(operation).ifPresent(script.changedObjects::add);
        }
        for (Operation operation : operations) {
            if (!renderTableOperation(operation, script) && !objects.render(operation, script)) {
                throw new IllegalStateException("no PostgreSQL rendering for " + operation.getClass().getSimpleName());
            }
        }
        return new RenderedScript(script.statements, script.transactional);
    }

    /** The statements rendered so far, the tables created by them, and whether they can share a transaction. */
    static final class Script {
        private final List<String> statements = new ArrayList<>();
        private final Set<TableRef> created = new HashSet<>();
        private final Set<TableRef> materializedViews = new HashSet<>();
        private final Set<TableRef> dropped = new HashSet<>();
        private final Set<String> changedObjects = new HashSet<>();
        private boolean transactional = true;

        void add(String statement) {
            statements.add(statement);
        }

        void note(String why) {
            statements.add(NOTE + why);
        }

        void outsideTransaction() {
            transactional = false;
        }

        /** Whether the table was created earlier in this script (so it is empty and nobody else uses it yet). */
        boolean isNew(TableRef table) {
            return created.contains(table);
        }

        void materializedView(TableRef view, boolean materialized) {
            if (materialized) {
                materializedViews.add(view);
            } else {
                materializedViews.remove(view);
            }
        }

        /** Whether the script drops the table (a lock taken for a moment on a table that is going anyway). */
        boolean isDropped(TableRef table) {
            return dropped.contains(table);
        }

        boolean isMaterializedView(TableRef view) {
            return materializedViews.contains(view);
        }
    }

    private boolean renderTableOperation(Operation operation, Script script) {
        if (operation instanceof CreateTable op) {
            createTable(op, script);
        } else if (operation instanceof DropTable op) {
            script.add("DROP TABLE " + sql.qualified(op.namespace(), op.table().name()));
            script.created.remove(new TableRef(op.namespace(), op.table().name()));
        } else if (operation instanceof RenameTable op) {
            script.add("ALTER TABLE " + sql.qualified(op.namespace(), op.from()) + " RENAME TO " + sql.quote(op.to()));
            if (script.created.remove(new TableRef(op.namespace(), op.from()))) {
                script.created.add(new TableRef(op.namespace(), op.to()));
            }
        } else if (operation instanceof SetTableComment op) {
            script.add("COMMENT ON TABLE " + sql.table(op.table()) + " IS " + sql.literal(op.to()));
        } else if (operation instanceof SetTableAttributes op) {
            requireNoTableAttributes(op.table(), op.to().isEmpty() ? op.from() : op.to());
        } else if (operation instanceof AddColumn op) {
            script.add(alterTable(op.table()) + "ADD COLUMN " + sql.column(op.table(), op.column()));
            columnComment(op.table(), op.column(), script);
        } else if (operation instanceof DropColumn op) {
            script.add(alterTable(op.table()) + "DROP COLUMN " + sql.quote(op.column().name()));
        } else if (operation instanceof AlterColumn op) {
            new PostgresColumnRenderer(sql).alter(op, script);
            if (PostgresColumnRenderer.replacesColumn(op)) {
                recreateDependents(op.table(), op.to().name(), script);
            }
        } else if (operation instanceof RenameColumn op) {
            script.add(alterTable(op.table()) + "RENAME COLUMN " + sql.quote(op.from()) + " TO " + sql.quote(op.to()));
        } else if (operation instanceof AddPrimaryKey op) {
            addPrimaryKey(op.table(), op.primaryKey(), script);
        } else if (operation instanceof DropPrimaryKey op) {
            dropConstraint(op.table(), op.primaryKey().name(), "primary key", script);
        } else if (operation instanceof AddUnique op) {
            addUnique(op.table(), op.unique(), script);
        } else if (operation instanceof DropUnique op) {
            dropConstraint(op.table(), op.unique().name(), "unique constraint", script);
        } else if (operation instanceof AddForeignKey op) {
            ForeignKey key = op.foreignKey();
            addValidated(op.table(), key.name(), sql.foreignKey(key, op.table().namespace()), key.validated(), "foreign key", script);
        } else if (operation instanceof DropForeignKey op) {
            dropConstraint(op.table(), op.foreignKey().name(), "foreign key", script);
        } else if (operation instanceof AddCheck op) {
            CheckConstraint check = op.check();
            addValidated(op.table(), check.name(), sql.check(check), check.validated(), "check constraint", script);
        } else if (operation instanceof DropCheck op) {
            dropConstraint(op.table(), op.check().name(), "check constraint", script);
        } else if (operation instanceof AddExclusion op) {
            script.add(alterTable(op.table()) + "ADD " + sql.exclusion(op.exclusion()));
        } else if (operation instanceof DropExclusion op) {
            dropConstraint(op.table(), op.exclusion().name(), "exclusion constraint", script);
        } else if (operation instanceof CreateIndex op) {
            createIndex(op.table(), op.index(), script);
        } else if (operation instanceof DropIndex op) {
            dropIndex(op.table(), op.index(), script);
        } else {
            return false;
        }
        return true;
    }

    private String alterTable(TableRef table) {
        return "ALTER TABLE " + sql.table(table) + " ";
    }

    private void createTable(CreateTable op, Script script) {
        Table table = op.table();
        TableRef ref = new TableRef(op.namespace(), table.name());
        requireNoTableAttributes(ref, table.attributes());
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(sql.column(ref, column));
        }
        if (table.primaryKey() != null) {
            parts.add(sql.primaryKey(table.primaryKey()));
        }
        table.uniques().forEach(unique -> parts.add(sql.unique(unique)));
        table.checks().forEach(check -> parts.add(sql.check(check)));
        table.exclusions().forEach(exclusion -> parts.add(sql.exclusion(exclusion)));
        table.foreignKeys().forEach(key -> parts.add(sql.foreignKey(key, op.namespace())));
        script.add("CREATE TABLE " + sql.table(ref) + " (\n    " + String.join(",\n    ", parts) + "\n)");
        script.created.add(ref);
        if (table.comment() != null) {
            script.add("COMMENT ON TABLE " + sql.table(ref) + " IS " + sql.literal(table.comment()));
        }
        for (Column column : table.columns()) {
            columnComment(ref, column, script);
        }
        for (Index index : table.indexes()) {
            createIndex(ref, index, script);
        }
    }

    private void columnComment(TableRef table, Column column, Script script) {
        if (column.comment() != null) {
            script.add("COMMENT ON COLUMN " + sql.table(table) + "." + sql.quote(column.name()) + " IS " + sql.literal(column.comment()));
        }
    }

    private void requireNoTableAttributes(TableRef table, java.util.Map<String, String> attributes) {
        if (!attributes.isEmpty()) {
            throw new BadInputException("PostgreSQL has no table attributes " + attributes.keySet() + " (table " + table + ")",
                    "remove them from the model; they belong to another dialect");
        }
    }

    private void createIndex(TableRef table, Index index, Script script) {
        if (script.isNew(table)) {
            script.add(sql.createIndex(table, index, false));
            return;
        }
        script.note("CREATE INDEX on an existing table blocks its writes for the whole build: built CONCURRENTLY,"
                + " so the script runs outside a transaction");
        script.add(sql.createIndex(table, index, true));
        script.outsideTransaction();
    }

    private void dropIndex(TableRef table, Index index, Script script) {
        if (index.name() == null) {
            throw new BadInputException("cannot drop an index without a name on " + table + " (PostgreSQL)",
                    "name the index in the model");
        }
        String name = sql.qualified(table.namespace(), index.name());
        if (script.isNew(table) || script.isDropped(table)) {
            script.add("DROP INDEX " + name);
            return;
        }
        script.note("DROP INDEX takes an ACCESS EXCLUSIVE lock on the table: dropped CONCURRENTLY,"
                + " so the script runs outside a transaction");
        script.add("DROP INDEX CONCURRENTLY " + name);
        script.outsideTransaction();
    }

    /** A foreign key or check: on an existing table, added NOT VALID and validated by a second statement. */
    private void addValidated(TableRef table, String name, String clause, boolean validated, String kind, Script script) {
        if (script.isNew(table)) {
            script.add(alterTable(table) + "ADD " + clause + (validated ? "" : " NOT VALID"));
            return;
        }
        if (name == null) {
            script.note("the " + kind + " has no name, so it cannot be validated by a separate statement:"
                    + " added in one step, scanning the table under lock (name it to get the safe form)");
            script.add(alterTable(table) + "ADD " + clause + (validated ? "" : " NOT VALID"));
            return;
        }
        if (!validated) {
            script.add(alterTable(table) + "ADD " + clause + " NOT VALID");
            return;
        }
        script.note("adding a " + kind + " to an existing table scans it under lock: added NOT VALID, then validated"
                + " in its own transaction without blocking writes, so the script runs outside a transaction");
        script.add(alterTable(table) + "ADD " + clause + " NOT VALID");
        script.add(alterTable(table) + "VALIDATE CONSTRAINT " + sql.quote(name));
        script.outsideTransaction();
    }

    private void addPrimaryKey(TableRef table, PrimaryKey key, Script script) {
        if (script.isNew(table)) {
            script.add(alterTable(table) + "ADD " + sql.primaryKey(key));
            return;
        }
        String index = key.name() != null ? key.name() : PostgresClauses.fit(table.name(), "_pkey");
        attachIndex(table, "PRIMARY KEY", key.name(), index,
                sql.createIndex(table, Index.unique(index, key.columns().toArray(String[]::new)), true), "", script);
    }

    private void addUnique(TableRef table, UniqueConstraint unique, Script script) {
        if (script.isNew(table)) {
            script.add(alterTable(table) + "ADD " + sql.unique(unique));
            return;
        }
        String index = unique.name() != null ? unique.name()
                : PostgresClauses.fit(table.name() + "_" + String.join("_", unique.columns()), "_key");
        Index built = Index.unique(index, unique.columns().toArray(String[]::new));
        if (unique.nullsNotDistinct()) {
            built = new Index(index, true, null, built.elements(), List.of(), null, true);
        }
        String deferrable = !unique.deferrable() ? "" : unique.initiallyDeferred() ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE";
        attachIndex(table, "UNIQUE", unique.name(), index, sql.createIndex(table, built, true), deferrable, script);
    }

    private void attachIndex(TableRef table, String kind, String constraint, String index, String createIndex,
                             String deferrable, Script script) {
        script.note("ADD " + kind + " on an existing table builds its index under an ACCESS EXCLUSIVE lock: the unique"
                + " index is built CONCURRENTLY first (outside a transaction), then attached with USING INDEX");
        script.add(createIndex);
        script.add(alterTable(table) + "ADD " + sql.constraintName(constraint) + kind + " USING INDEX " + sql.quote(index) + deferrable);
        script.outsideTransaction();
    }

    private void dropConstraint(TableRef table, String name, String kind, Script script) {
        if (name == null) {
            throw new BadInputException("cannot drop a " + kind + " without a name on " + table + " (PostgreSQL)",
                    "name the " + kind + " in the model as the database has it");
        }
        script.add(alterTable(table) + "DROP CONSTRAINT " + sql.quote(name));
    }

    /** The table and name of an index or constraint an operation drops or adds (those it takes care of itself). */
    private static java.util.Optional<String> ownObjectName(Operation operation) {
        if (operation instanceof CreateIndex op) {
            return java.util.Optional.of(op.table() + "/" + op.index().name());
        } else if (operation instanceof DropIndex op) {
            return java.util.Optional.of(op.table() + "/" + op.index().name());
        } else if (operation instanceof AddCheck op) {
            return java.util.Optional.of(op.table() + "/" + op.check().name());
        } else if (operation instanceof DropCheck op) {
            return java.util.Optional.of(op.table() + "/" + op.check().name());
        } else if (operation instanceof AddUnique op) {
            return java.util.Optional.of(op.table() + "/" + op.unique().name());
        } else if (operation instanceof DropUnique op) {
            return java.util.Optional.of(op.table() + "/" + op.unique().name());
        } else if (operation instanceof AddForeignKey op) {
            return java.util.Optional.of(op.table() + "/" + op.foreignKey().name());
        } else if (operation instanceof DropForeignKey op) {
            return java.util.Optional.of(op.table() + "/" + op.foreignKey().name());
        }
        return java.util.Optional.empty();
    }

    /**
     * A column dropped and added again (a stored generated column's new expression before PostgreSQL 17) loses the
     * indexes and constraints that use it: they are created again right after it, in the same transaction (the table
     * was just rewritten under an ACCESS EXCLUSIVE lock), unless the script drops or adds them itself.
     */
    private void recreateDependents(TableRef ref, String column, Script script) {
        Table table = before.table(ref).orElse(null);
        if (table == null) {
            return;
        }
        java.util.regex.Pattern mention = java.util.regex.Pattern.compile("(?<![\\w$\"])\"?" + java.util.regex.Pattern.quote(column)
                + "\"?(?![\\w$\"])");
        java.util.function.Predicate<String> mentions = text -> text != null && mention.matcher(text).find();
        java.util.function.Predicate<String> own = name -> name != null && !script.changedObjects.contains(ref + "/" + name);
        for (UniqueConstraint unique : table.uniques()) {
            if (unique.columns().contains(column) && own.test(unique.name())) {
                script.add(alterTable(ref) + "ADD " + sql.unique(unique));
            }
        }
        for (CheckConstraint check : table.checks()) {
            if (mentions.test(check.expression()) && own.test(check.name())) {
                script.add(alterTable(ref) + "ADD " + sql.check(check) + (check.validated() ? "" : " NOT VALID"));
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            if (key.columns().contains(column) && own.test(key.name())) {
                script.add(alterTable(ref) + "ADD " + sql.foreignKey(key, ref.namespace()) + (key.validated() ? "" : " NOT VALID"));
            }
        }
        for (Index index : table.indexes()) {
            boolean uses = index.include().contains(column) || mentions.test(index.predicate())
                    || index.elements().stream().anyMatch(e -> column.equals(e.column()) || mentions.test(e.expression()));
            if (uses && own.test(index.name())) {
                script.add(sql.createIndex(ref, index, false));
            }
        }
    }
}
