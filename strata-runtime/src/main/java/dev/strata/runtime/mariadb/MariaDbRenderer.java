package dev.strata.runtime.mariadb;

import dev.strata.core.dialect.SqlDialect;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.Column;
import dev.strata.core.model.Index;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.View;
import dev.strata.core.ops.AddCheck;
import dev.strata.core.ops.AddColumn;
import dev.strata.core.ops.AddEnumValue;
import dev.strata.core.ops.AddExclusion;
import dev.strata.core.ops.AddForeignKey;
import dev.strata.core.ops.AddPrimaryKey;
import dev.strata.core.ops.AddUnique;
import dev.strata.core.ops.AlterColumn;
import dev.strata.core.ops.AlterDomain;
import dev.strata.core.ops.AlterExtension;
import dev.strata.core.ops.AlterSequence;
import dev.strata.core.ops.CreateDomain;
import dev.strata.core.ops.CreateEnumType;
import dev.strata.core.ops.CreateExtension;
import dev.strata.core.ops.CreateIndex;
import dev.strata.core.ops.CreateSchema;
import dev.strata.core.ops.CreateSequence;
import dev.strata.core.ops.CreateTable;
import dev.strata.core.ops.CreateView;
import dev.strata.core.ops.DropCheck;
import dev.strata.core.ops.DropColumn;
import dev.strata.core.ops.DropDomain;
import dev.strata.core.ops.DropEnumType;
import dev.strata.core.ops.DropExclusion;
import dev.strata.core.ops.DropExtension;
import dev.strata.core.ops.DropForeignKey;
import dev.strata.core.ops.DropIndex;
import dev.strata.core.ops.DropPrimaryKey;
import dev.strata.core.ops.DropSchema;
import dev.strata.core.ops.DropSequence;
import dev.strata.core.ops.DropTable;
import dev.strata.core.ops.DropUnique;
import dev.strata.core.ops.DropView;
import dev.strata.core.ops.Operation;
import dev.strata.core.ops.RenameColumn;
import dev.strata.core.ops.RenameTable;
import dev.strata.core.ops.ReplaceEnumType;
import dev.strata.core.ops.ReplaceView;
import dev.strata.core.ops.SetTableAttributes;
import dev.strata.core.ops.SetTableComment;
import dev.strata.core.ops.SetViewComment;
import dev.strata.runtime.DdlRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Renders operations to MariaDB DDL (10.5 and later; a schema is a database). Foreign keys are always
 * table constraints, since MariaDB ignores an inline {@code REFERENCES}; {@code AlterColumn} is a
 * {@code MODIFY COLUMN} with the full target definition; indexes are dropped with {@code DROP INDEX … ON}.
 * What MariaDB has no form for (enum and domain types, extensions, exclusion constraints, materialized
 * views, view comments) is refused with a {@link BadInputException}. MariaDB commits every DDL statement by
 * itself; the script is reported transactional because none of its statements refuses a transaction.
 */
public final class MariaDbRenderer implements DdlRenderer {
    /** The character types, whose columns have a character set: those a table's default charset applies to. */
    private static final Set<String> CHARACTER_TYPES = Set.of("char", "character", "varchar", "character varying",
            "nchar", "nvarchar", "national char", "national varchar", "tinytext", "text", "mediumtext", "longtext",
            "enum", "set");

    private final MariaDbClauses sql;
    /** The schema the script starts from, followed operation by operation; null when not given. */
    private final Schema before;

    public MariaDbRenderer(SqlDialect dialect) {
        this(dialect, null);
    }

    /**
     * A renderer that knows the schema the script starts from (the database before it), and so the columns of
     * each table: a change of a table's default character set converts the columns that follow it.
     */
    public MariaDbRenderer(SqlDialect dialect, Schema before) {
        this.sql = new MariaDbClauses(dialect);
        this.before = before;
    }

    @Override
    public RenderedScript render(List<Operation> operations) {
        List<String> statements = new ArrayList<>();
        MariaDbColumnsInScript columns = before == null ? null : new MariaDbColumnsInScript(before);
        for (Operation operation : operations) {
            if (operation instanceof SetTableAttributes op) {
                setTableAttributes(op, columns, statements);
            } else if (!renderTable(operation, statements) && !renderObject(operation, statements)) {
                throw new IllegalStateException("no MariaDB rendering for " + operation.getClass().getSimpleName());
            }
            if (columns != null) {
                columns.follow(operation);
            }
        }
        return new RenderedScript(statements, true);
    }

    private boolean renderTable(Operation operation, List<String> out) {
        if (operation instanceof CreateTable op) {
            createTable(op.namespace(), op.table(), out);
        } else if (operation instanceof DropTable op) {
            out.add("DROP TABLE " + sql.qualified(op.namespace(), op.table().name()));
        } else if (operation instanceof RenameTable op) {
            out.add("RENAME TABLE " + sql.qualified(op.namespace(), op.from()) + " TO " + sql.qualified(op.namespace(), op.to()));
        } else if (operation instanceof SetTableComment op) {
            out.add(alter(op.table()) + "COMMENT = " + sql.literal(op.to() == null ? "" : op.to()));
        } else if (operation instanceof AddColumn op) {
            out.add(alter(op.table()) + "ADD COLUMN " + sql.column(op.table(), op.column()));
            autoIncrementStart(op.table(), op.column(), out);
        } else if (operation instanceof DropColumn op) {
            out.add(alter(op.table()) + "DROP COLUMN " + sql.quote(op.column().name()));
        } else if (operation instanceof AlterColumn op) {
            out.add(alter(op.table()) + "MODIFY COLUMN " + sql.column(op.table(), op.to()));
            if (op.identityChanged()) {
                autoIncrementStart(op.table(), op.to(), out);
            }
        } else if (operation instanceof RenameColumn op) {
            out.add(alter(op.table()) + "RENAME COLUMN " + sql.quote(op.from()) + " TO " + sql.quote(op.to()));
        } else if (operation instanceof AddPrimaryKey op) {
            out.add(alter(op.table()) + "ADD PRIMARY KEY (" + sql.columns(op.primaryKey().columns()) + ")");
        } else if (operation instanceof DropPrimaryKey op) {
            out.add(alter(op.table()) + "DROP PRIMARY KEY");
        } else if (operation instanceof AddUnique op) {
            out.add(alter(op.table()) + "ADD " + sql.uniqueKey(op.unique(), op.table()));
        } else if (operation instanceof DropUnique op) {
            out.add(alter(op.table()) + "DROP INDEX " + sql.quote(named(op.unique().name(), "unique constraint", op.table())));
        } else if (operation instanceof AddForeignKey op) {
            out.add(alter(op.table()) + "ADD " + sql.foreignKey(op.foreignKey(), op.table()));
        } else if (operation instanceof DropForeignKey op) {
            out.add(alter(op.table()) + "DROP FOREIGN KEY " + sql.quote(named(op.foreignKey().name(), "foreign key", op.table())));
        } else if (operation instanceof AddCheck op) {
            out.add(alter(op.table()) + "ADD " + sql.check(op.check()));
        } else if (operation instanceof DropCheck op) {
            out.add(alter(op.table()) + "DROP CONSTRAINT " + sql.quote(named(op.check().name(), "check constraint", op.table())));
        } else if (operation instanceof CreateIndex op) {
            out.add(sql.createIndex(op.table(), op.index()));
        } else if (operation instanceof DropIndex op) {
            out.add("DROP INDEX " + sql.quote(named(op.index().name(), "index", op.table())) + " ON " + sql.table(op.table()));
        } else if (operation instanceof AddExclusion || operation instanceof DropExclusion) {
            throw unsupported(operation, "exclusion constraints");
        } else {
            return false;
        }
        return true;
    }

    private boolean renderObject(Operation operation, List<String> out) {
        if (operation instanceof CreateSchema op) {
            out.add("CREATE SCHEMA " + sql.quote(op.name()));
        } else if (operation instanceof DropSchema op) {
            out.add("DROP SCHEMA " + sql.quote(op.name()));
        } else if (operation instanceof CreateSequence op) {
            out.add("CREATE SEQUENCE " + sql.qualified(op.namespace(), op.sequence().name()) + sequenceOptions(op, null, op.sequence()));
        } else if (operation instanceof DropSequence op) {
            out.add("DROP SEQUENCE " + sql.qualified(op.namespace(), op.sequence().name()));
        } else if (operation instanceof AlterSequence op) {
            String options = sequenceOptions(op, op.from(), op.to());
            if (!options.isEmpty()) {
                out.add("ALTER SEQUENCE " + sql.qualified(op.namespace(), op.to().name()) + options);
            }
        } else if (operation instanceof CreateView op) {
            out.add("CREATE VIEW " + sql.qualified(op.namespace(), plainView(op, op.view()).name()) + " AS " + op.view().definition());
        } else if (operation instanceof ReplaceView op) {
            plainView(op, op.from());
            out.add("CREATE OR REPLACE VIEW " + sql.qualified(op.namespace(), plainView(op, op.to()).name()) + " AS " + op.to().definition());
        } else if (operation instanceof DropView op) {
            out.add("DROP VIEW " + sql.qualified(op.namespace(), plainView(op, op.view()).name()));
        } else if (operation instanceof SetViewComment) {
            throw unsupported(operation, "comments on views");
        } else if (operation instanceof CreateExtension || operation instanceof DropExtension || operation instanceof AlterExtension) {
            throw unsupported(operation, "extensions");
        } else if (operation instanceof CreateEnumType || operation instanceof DropEnumType
                || operation instanceof AddEnumValue || operation instanceof ReplaceEnumType) {
            throw unsupported(operation, "enum types (an ENUM is a column type there: change the column with AlterColumn)");
        } else if (operation instanceof CreateDomain || operation instanceof DropDomain || operation instanceof AlterDomain) {
            throw unsupported(operation, "domains");
        } else {
            return false;
        }
        return true;
    }

    private String alter(TableRef table) {
        return "ALTER TABLE " + sql.table(table) + " ";
    }

    private void createTable(String namespace, Table table, List<String> out) {
        TableRef ref = new TableRef(namespace, table.name());
        if (!table.exclusions().isEmpty()) {
            throw unsupported(new CreateTable(namespace, table), "exclusion constraints");
        }
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(sql.column(ref, column));
        }
        if (table.primaryKey() != null) {
            parts.add("PRIMARY KEY (" + sql.columns(table.primaryKey().columns()) + ")");
        }
        table.uniques().forEach(unique -> parts.add(sql.uniqueKey(unique, ref)));
        table.checks().forEach(check -> parts.add(sql.check(check)));
        table.foreignKeys().forEach(key -> parts.add(sql.foreignKey(key, ref)));
        String options = sql.tableOptions(ref, table.attributes(), table.comment(), MariaDbClauses.autoIncrementStart(table.columns()));
        out.add("CREATE TABLE " + sql.table(ref) + " (\n    " + String.join(",\n    ", parts) + "\n)" + (options.isEmpty() ? "" : " " + options));
        for (Index index : table.indexes()) {
            out.add(sql.createIndex(ref, index));
        }
    }

    private void autoIncrementStart(TableRef table, Column column, List<String> out) {
        if (column.identity() != null && column.identity().start() != null) {
            out.add(alter(table) + "AUTO_INCREMENT = " + column.identity().start());
        }
    }

    private void setTableAttributes(SetTableAttributes op, MariaDbColumnsInScript columns, List<String> out) {
        List<String> options = new ArrayList<>();
        for (String key : op.from().keySet()) {
            if (!op.to().containsKey(key)) {
                throw new BadInputException("cannot reset table attribute '" + key + "' of " + op.table()
                        + " to the server's default (MariaDB): the default is not part of the model",
                        "give the attribute its value in the model");
            }
        }
        for (Map.Entry<String, String> attribute : MariaDbClauses.inOptionOrder(op.to()).entrySet()) {
            if (!attribute.getValue().equals(op.from().get(attribute.getKey()))) {
                options.add(sql.tableOption(op.table(), attribute.getKey(), attribute.getValue()));
            }
        }
        if (!options.isEmpty()) {
            out.add(alter(op.table()) + String.join(", ", options));
        }
        if (!Objects.equals(op.from().get("charset"), op.to().get("charset"))
                || !Objects.equals(op.from().get("collation"), op.to().get("collation"))) {
            convertColumnsFollowingTheDefault(op.table(), columns == null ? null : columns.columns(op.table()), out);
        }
    }

    /**
     * After a change of the table's default charset or collation, the columns that follow the default (of a
     * character type, with neither charset nor collation of their own in the model) take the new one: MariaDB
     * only changes the default, which applies to columns defined from then on. They are modified to their own
     * definition, which now means the new default. Not {@code CONVERT TO CHARACTER SET}: it converts the
     * columns that have a charset of their own too, and widens TEXT columns (TEXT to MEDIUMTEXT) so that they
     * hold as many characters in the new charset, which the model would then differ from.
     */
    private void convertColumnsFollowingTheDefault(TableRef table, List<Column> columns, List<String> out) {
        if (columns == null) {
            out.add("-- note: the columns of " + table + " that follow its default character set or collation keep the"
                    + " old one: this renderer was not given the schema the script starts from, so it does not know them;"
                    + " convert them with MODIFY COLUMN (CONVERT TO CHARACTER SET would convert the columns with a charset"
                    + " of their own too, and widen TEXT columns)");
            return;
        }
        List<String> modified = new ArrayList<>();
        for (Column column : columns) {
            if (column.collation() == null && !column.attributes().containsKey("charset") && isCharacterType(column)) {
                modified.add("MODIFY COLUMN " + sql.column(table, column));
            }
        }
        if (!modified.isEmpty()) {
            out.add("-- note: the table's default character set or collation changes: the columns that follow it are"
                    + " converted to it, those with their own are kept (MODIFY, not CONVERT TO CHARACTER SET, which would"
                    + " convert those too and widen TEXT columns to MEDIUMTEXT); the table is rebuilt");
            out.add(alter(table) + String.join(", ", modified));
        }
    }

    private static boolean isCharacterType(Column column) {
        return column.type().arrayDimensions() == 0
                && (CHARACTER_TYPES.contains(column.type().canonicalName())
                || CHARACTER_TYPES.contains(column.type().name().toLowerCase(Locale.ROOT)));
    }

    /** Sequence options: all that {@code to} states when creating; those that changed when altering. */
    private static String sequenceOptions(Operation op, Sequence from, Sequence to) {
        if (to.dataType() != null && !to.dataType().canonical().equals("bigint")) {
            throw unsupported(op, "sequences of type " + to.dataType().sql() + " (before MariaDB 11.5, a sequence is a bigint)");
        }
        StringBuilder out = new StringBuilder();
        option(out, "INCREMENT BY", from == null ? null : from.increment(), to.increment());
        option(out, "MINVALUE", from == null ? null : from.minValue(), to.minValue());
        option(out, "MAXVALUE", from == null ? null : from.maxValue(), to.maxValue());
        option(out, "START WITH", from == null ? null : from.start(), to.start());
        option(out, "CACHE", from == null ? null : from.cache(), to.cache());
        if (from == null ? to.cycle() : from.cycle() != to.cycle()) {
            out.append(to.cycle() ? " CYCLE" : " NOCYCLE");
        }
        return out.toString();
    }

    private static void option(StringBuilder out, String name, Long from, Long to) {
        if (to != null && !to.equals(from)) {
            out.append(' ').append(name).append(' ').append(to);
        }
    }

    private static View plainView(Operation op, View view) {
        if (view.materialized()) {
            throw unsupported(op, "materialized views");
        }
        if (view.comment() != null) {
            throw unsupported(op, "comments on views");
        }
        return view;
    }

    private static String named(String name, String kind, TableRef table) {
        if (name == null) {
            throw new BadInputException("cannot drop a " + kind + " without a name on " + table + " (MariaDB)",
                    "name the " + kind + " in the model as the database has it");
        }
        return name;
    }

    private static BadInputException unsupported(Operation op, String what) {
        return new BadInputException("MariaDB cannot render " + op.getClass().getSimpleName() + ": it has no " + what,
                "leave it out of the MariaDB model, or write that part of the migration by hand");
    }
}
