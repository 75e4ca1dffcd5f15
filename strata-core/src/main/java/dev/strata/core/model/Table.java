package dev.strata.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table. Columns, constraints and indexes are ordered lists that can be searched by name in constant
 * time ({@link #column(String)}); column order is kept for rendering but is never a difference.
 *
 * @param attributes dialect attributes: MariaDB {@code engine}, {@code charset}, {@code collation};
 *                   SQLite {@code without_rowid}, {@code strict}; empty if none
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<ForeignKey> foreignKeys,
                    List<UniqueConstraint> uniques, List<CheckConstraint> checks, List<ExclusionConstraint> exclusions,
                    List<Index> indexes, String comment, Map<String, String> attributes) {

    public Table {
        Attributes.requireName(name, "a table");
        columns = NamedList.of(columns, Column::name, "column");
        foreignKeys = NamedList.of(foreignKeys, ForeignKey::name, "foreign key");
        uniques = NamedList.of(uniques, UniqueConstraint::name, "unique constraint");
        checks = NamedList.of(checks, CheckConstraint::name, "check constraint");
        exclusions = NamedList.of(exclusions, ExclusionConstraint::name, "exclusion constraint");
        indexes = NamedList.of(indexes, Index::name, "index");
        attributes = Attributes.copy(attributes);
    }

    public static Table of(String name, Column... columns) {
        return new Table(name, List.of(columns), null, List.of(), List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }

    public Optional<Column> column(String columnName) {
        return Optional.ofNullable(NamedList.find(columns, columnName, Column::name));
    }

    public Optional<Index> index(String indexName) {
        return Optional.ofNullable(NamedList.find(indexes, indexName, Index::name));
    }

    public Optional<ForeignKey> foreignKey(String constraintName) {
        return Optional.ofNullable(NamedList.find(foreignKeys, constraintName, ForeignKey::name));
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, foreignKeys, uniques, checks, exclusions, indexes, comment, attributes);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, foreignKeys, uniques, checks, exclusions, indexes, comment, attributes);
    }

    public Table withColumns(Column... newColumns) {
        return withColumns(List.of(newColumns));
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, foreignKeys, uniques, checks, exclusions, indexes, comment, attributes);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, newForeignKeys, uniques, checks, exclusions, indexes, comment, attributes);
    }

    public Table withForeignKeys(ForeignKey... newForeignKeys) {
        return withForeignKeys(List.of(newForeignKeys));
    }

    public Table withUniques(UniqueConstraint... newUniques) {
        return new Table(name, columns, primaryKey, foreignKeys, List.of(newUniques), checks, exclusions, indexes, comment, attributes);
    }

    public Table withChecks(CheckConstraint... newChecks) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, List.of(newChecks), exclusions, indexes, comment, attributes);
    }

    public Table withExclusions(ExclusionConstraint... newExclusions) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, List.of(newExclusions), indexes, comment, attributes);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, exclusions, newIndexes, comment, attributes);
    }

    public Table withIndexes(Index... newIndexes) {
        return withIndexes(List.of(newIndexes));
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, exclusions, indexes, newComment, attributes);
    }

    public Table withAttributes(Map<String, String> newAttributes) {
        return new Table(name, columns, primaryKey, foreignKeys, uniques, checks, exclusions, indexes, comment, newAttributes);
    }
}
