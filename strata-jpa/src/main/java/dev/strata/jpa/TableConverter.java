package dev.strata.jpa;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.GeneratedColumn;
import dev.strata.core.model.Identity;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import org.hibernate.boot.Metadata;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.unique.CreateTableUniqueDelegate;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One {@link org.hibernate.mapping.Table} as the database holds it after Hibernate's schema export: the same
 * decisions its {@code StandardTableExporter}, {@code ColumnDefinitions}, unique delegate, index and foreign key
 * exporters make, read from the mapping model instead of written as DDL.
 */
final class TableConverter {
    private final Metadata metadata;
    private final Dialect dialect;
    private final Names names;
    private final Function<org.hibernate.mapping.Table, TableRef> refs;
    private final ImplicitNames implicitNames;

    TableConverter(Metadata metadata, Names names, Function<org.hibernate.mapping.Table, TableRef> refs, ImplicitNames implicitNames) {
        this.implicitNames = implicitNames;
        this.metadata = metadata;
        this.dialect = metadata.getDatabase().getDialect();
        this.names = names;
        this.refs = refs;
    }

    Table convert(org.hibernate.mapping.Table table) {
        List<Column> columns = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<String> checkColumns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            columns.add(column(table, column, checks, uniques));
            checks.addAll(columnChecks(column));
            while (checkColumns.size() < checks.size()) {
                checkColumns.add(name(column));
            }
        }
        if (dialect.supportsTableCheck()) {
            for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
                checks.add(CheckConstraint.of(names.stored(check.getName()), check.getConstraint()));
            }
        }
        PrimaryKey primaryKey = table.hasPrimaryKey()
                ? new PrimaryKey(null, table.getPrimaryKey().getColumns().stream().map(this::name).toList()) : null;
        List<Index> indexes = new ArrayList<>();
        for (UniqueKey key : uniqueKeys(table).values()) {
            uniques.add(new UniqueConstraint(uniqueName(table, key), key.getColumns().stream().map(this::name).toList(),
                    false, false, false));
        }
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            indexes.add(index(index));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeys().values()) {
            if (key.isCreationEnabled() && key.isPhysicalConstraint() && dialect.hasAlterTable()) {
                foreignKeys.add(foreignKey(key));
            }
        }
        Table converted = new Table(names.stored(table.getName(), table.isQuoted()), columns, primaryKey, foreignKeys, uniques,
                checks, List.of(), indexes, table.getComment(), Map.of());
        return implicitNames.complete(converted, checkColumns);
    }

    String name(org.hibernate.mapping.Column column) {
        return names.stored(column.getName(), column.isQuoted());
    }

    private Column column(org.hibernate.mapping.Table table, org.hibernate.mapping.Column column, List<CheckConstraint> checks,
                          List<UniqueConstraint> uniques) {
        ColumnDefinition definition = ColumnDefinition.parse(column.getSqlType(metadata));
        ColumnType type = ColumnType.parse(definition.type());
        if (column.isIdentity() || definition.autoIncrement()) {
            String clause = column.isIdentity() ? dialect.getIdentityColumnSupport()
                    .getIdentityColumnString(column.getSqlTypeCode(metadata)).toLowerCase(Locale.ROOT) : "auto_increment";
            Identity identity = clause.contains("auto_increment") ? Identity.autoIncrement()
                    : clause.contains("always") ? Identity.always() : Identity.byDefault();
            return new Column(name(column), type, false, null, identity, null, null, column.getComment(), Map.of());
        }
        boolean nullable = column.isNullable() && !definition.notNull() && !definition.primaryKey() && !table.isPrimaryKey(column);
        String defaultValue = column.getDefaultValue() != null ? column.getDefaultValue() : definition.defaultValue();
        GeneratedColumn generated = null;
        if (column.getGeneratedAs() != null) {
            String clause = dialect.generatedAs(column.getGeneratedAs()).toLowerCase(Locale.ROOT);
            generated = new GeneratedColumn(column.getGeneratedAs(), clause.contains("stored") || clause.contains("persistent"));
        } else if (definition.generated() != null) {
            generated = new GeneratedColumn(definition.generated(), definition.stored());
        }
        String collation = column.getCollation() != null ? column.getCollation() : definition.collation();
        String comment = column.getComment() != null ? column.getComment() : definition.comment();
        for (String check : definition.checks()) {
            checks.add(CheckConstraint.of(null, check));
        }
        if (definition.unique() && !definition.primaryKey()) {
            uniques.add(new UniqueConstraint(null, List.of(name(column)), false, false, false));
        }
        Map<String, String> attributes = definition.onUpdate() == null ? Map.of() : Map.of("on_update", definition.onUpdate());
        return new Column(name(column), type, nullable, defaultValue, null, generated, collation, comment, attributes);
    }

    /** Column checks as {@code ColumnDefinitions} writes them: one anonymous check joins the anonymous ones with {@code and}. */
    private List<CheckConstraint> columnChecks(org.hibernate.mapping.Column column) {
        if (!dialect.supportsColumnCheck()) {
            return List.of();
        }
        List<CheckConstraint> checks = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
            if (check.isAnonymous()) {
                anonymous.add(check.getConstraint());
            } else {
                checks.add(CheckConstraint.of(names.stored(check.getName()), check.getConstraint()));
            }
        }
        if (anonymous.size() == 1) {
            checks.add(0, CheckConstraint.of(null, anonymous.get(0)));
        } else if (!anonymous.isEmpty()) {
            checks.add(0, CheckConstraint.of(null, String.join(" and ", anonymous.stream().map(c -> "(" + c + ")").toList())));
        }
        return checks;
    }

    /**
     * The table's unique keys, with those that {@code ColumnDefinitions} adds while it writes a {@code unique}
     * column (named by the implicit naming strategy, or {@code UK_…} when it named none).
     */
    private Map<String, UniqueKey> uniqueKeys(org.hibernate.mapping.Table table) {
        Map<String, UniqueKey> keys = new LinkedHashMap<>(table.getUniqueKeys());
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                String keyName = column.getUniqueKeyName() != null ? column.getUniqueKeyName()
                        : Constraint.generateName("UK_", table, column);
                UniqueKey key = keys.get(keyName);
                if (key == null) {
                    key = new UniqueKey();
                    key.setName(keyName);
                    key.setTable(table);
                    keys.put(keyName, key);
                }
                if (!key.containsColumn(column)) {
                    key.addColumn(column);
                }
            }
        }
        return keys;
    }

    /**
     * The name the database ends up with: written by Hibernate where its unique delegate writes it, else left to the
     * database (null), as PostgreSQL's inline {@code unique} and unnamed table constraints are.
     */
    private String uniqueName(org.hibernate.mapping.Table table, UniqueKey key) {
        if (dialect.getUniqueDelegate() instanceof CreateTableUniqueDelegate) {
            boolean singleUniqueColumn = key.getColumns().size() == 1 && (key.getColumn(0).isUnique()
                    || table.getColumn(key.getColumn(0)) != null && table.getColumn(key.getColumn(0)).isUnique());
            return singleUniqueColumn || !key.isNameExplicit() ? null : names.stored(key.getName());
        }
        return names.stored(key.getName());
    }

    private Index index(org.hibernate.mapping.Index index) {
        List<IndexElement> elements = new ArrayList<>();
        for (Selectable selectable : index.getSelectables()) {
            IndexElement element = selectable instanceof org.hibernate.mapping.Column column
                    ? IndexElement.column(name(column))
                    : IndexElement.expression(selectable.getText(dialect));
            String order = index.getSelectableOrderMap().get(selectable);
            if (order != null && order.strip().toLowerCase(Locale.ROOT).startsWith("desc")) {
                element = element.desc();
            }
            elements.add(element);
        }
        return new Index(names.stored(index.getName()), index.isUnique(), null, elements, List.of(), null, false);
    }

    private ForeignKey foreignKey(org.hibernate.mapping.ForeignKey key) {
        List<String> columns = key.getColumns().stream().map(this::name).toList();
        List<org.hibernate.mapping.Column> targets = key.isReferenceToPrimaryKey()
                ? key.getReferencedTable().getPrimaryKey().getColumns() : key.getReferencedColumns();
        List<String> referenced = targets.stream().map(this::name).toList();
        ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        if (dialect.supportsCascadeDelete() && key.getOnDeleteAction() != null) {
            onDelete = switch (key.getOnDeleteAction()) {
                case CASCADE -> ReferentialAction.CASCADE;
                case SET_NULL -> ReferentialAction.SET_NULL;
                case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
                case RESTRICT -> ReferentialAction.RESTRICT;
                default -> ReferentialAction.NO_ACTION;
            };
        }
        return new ForeignKey(names.stored(key.getName()), columns, refs.apply(key.getReferencedTable()), referenced,
                onDelete, ReferentialAction.NO_ACTION, false, false, true);
    }
}
