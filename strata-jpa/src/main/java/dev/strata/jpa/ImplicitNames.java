package dev.strata.jpa;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.PrimaryKey;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.runtime.config.DatabaseKind;
import dev.strata.runtime.postgres.PostgresNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the database gives what Hibernate creates without a name — a primary key, an inline {@code unique}, a
 * {@code check} — so the model carries the names the inspector will read back, and a generated downgrade can drop
 * what it names. Where the database would have picked a number to avoid a name taken elsewhere in the schema, the
 * differ still pairs the objects by definition, since both names are ones the database generates.
 */
interface ImplicitNames {

    /**
     * @param checkColumns for each of the table's checks, in order, the column it was written on, or null for a
     *                     table-level check
     */
    Table complete(Table table, List<String> checkColumns);

    static ImplicitNames of(DatabaseKind kind) {
        return kind == DatabaseKind.MARIADB ? new MariaDb() : new Postgres();
    }

    /**
     * PostgreSQL's {@code makeObjectName}: {@code <table>_pkey}, {@code <table>_<columns>_key},
     * {@code <table>_<column>_check} (the column when the condition mentions exactly one), cut to 63 bytes by
     * taking from the longer part, and numbered after the label when taken within the table.
     */
    final class Postgres implements ImplicitNames {
        @Override
        public Table complete(Table table, List<String> checkColumns) {
            Set<String> taken = new HashSet<>();
            table.uniques().forEach(u -> taken.add(u.name()));
            table.checks().forEach(c -> taken.add(c.name()));
            table.indexes().forEach(i -> taken.add(i.name()));
            table.foreignKeys().forEach(f -> taken.add(f.name()));
            PrimaryKey primaryKey = table.primaryKey();
            if (primaryKey != null && primaryKey.name() == null) {
                primaryKey = primaryKey.named(choose(table.name(), null, "pkey", taken));
            }
            List<UniqueConstraint> uniques = new ArrayList<>();
            for (UniqueConstraint unique : table.uniques()) {
                uniques.add(unique.name() != null ? unique : new UniqueConstraint(choose(table.name(), String.join("_", unique.columns()),
                        "key", taken), unique.columns(), unique.nullsNotDistinct(), unique.deferrable(), unique.initiallyDeferred()));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            for (CheckConstraint check : table.checks()) {
                checks.add(check.name() != null ? check
                        : new CheckConstraint(choose(table.name(), PostgresNames.checkColumn(table, check.expression()), "check", taken),
                        check.expression(), check.validated()));
            }
            return new Table(table.name(), table.columns(), primaryKey, table.foreignKeys(), uniques, checks, table.exclusions(),
                    table.indexes(), table.comment(), table.attributes());
        }

        private static String choose(String table, String addition, String label, Set<String> taken) {
            String name = PostgresNames.objectName(table, addition, label);
            for (int i = 1; taken.contains(name); i++) {
                name = PostgresNames.objectName(table, addition, label + i);
            }
            taken.add(name);
            return name;
        }
    }

    /**
     * MariaDB's: a unique key is named after its first column ({@code email}, then {@code email_2}); a check written
     * on a column after the column, one written on the table {@code CONSTRAINT_1}, {@code CONSTRAINT_2}, … in order.
     * The primary key is always {@code PRIMARY}, which the inspector reports as no name.
     */
    final class MariaDb implements ImplicitNames {
        @Override
        public Table complete(Table table, List<String> checkColumns) {
            Set<String> keys = new HashSet<>();
            keys.add("primary");
            table.uniques().stream().filter(u -> u.name() != null).forEach(u -> keys.add(u.name().toLowerCase(Locale.ROOT)));
            table.indexes().forEach(i -> keys.add(i.name().toLowerCase(Locale.ROOT)));
            List<UniqueConstraint> uniques = new ArrayList<>();
            for (UniqueConstraint unique : table.uniques()) {
                if (unique.name() != null) {
                    uniques.add(unique);
                    continue;
                }
                String base = unique.columns().get(0);
                String name = base;
                for (int i = 2; keys.contains(name.toLowerCase(Locale.ROOT)); i++) {
                    name = base + "_" + i;
                }
                keys.add(name.toLowerCase(Locale.ROOT));
                uniques.add(new UniqueConstraint(name, unique.columns(), unique.nullsNotDistinct(), unique.deferrable(),
                        unique.initiallyDeferred()));
            }
            List<CheckConstraint> checks = new ArrayList<>();
            int tableChecks = 0;
            for (int i = 0; i < table.checks().size(); i++) {
                CheckConstraint check = table.checks().get(i);
                String column = i < checkColumns.size() ? checkColumns.get(i) : null;
                if (check.name() == null) {
                    check = new CheckConstraint(column != null ? column : "CONSTRAINT_" + ++tableChecks, check.expression(),
                            check.validated());
                }
                checks.add(check);
            }
            return new Table(table.name(), table.columns(), table.primaryKey(), table.foreignKeys(), uniques, checks,
                    table.exclusions(), table.indexes(), table.comment(), table.attributes());
        }
    }
}
