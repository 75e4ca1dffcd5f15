package dev.strata.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A namespace: a PostgreSQL schema, a MariaDB database, SQLite's {@code main}. Every collection is an
 * ordered list searchable by name in constant time.
 */
public record Namespace(String name, List<Table> tables, List<View> views, List<Sequence> sequences,
                        List<EnumType> enumTypes, List<Domain> domains) {

    public Namespace {
        Attributes.requireName(name, "a namespace");
        tables = NamedList.of(tables, Table::name, "table");
        views = NamedList.of(views, View::name, "view");
        sequences = NamedList.of(sequences, Sequence::name, "sequence");
        enumTypes = NamedList.of(enumTypes, EnumType::name, "enum type");
        domains = NamedList.of(domains, Domain::name, "domain");
    }

    public static Namespace of(String name, Table... tables) {
        return new Namespace(name, List.of(tables), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Table> table(String tableName) {
        return Optional.ofNullable(NamedList.find(tables, tableName, Table::name));
    }

    public Optional<View> view(String viewName) {
        return Optional.ofNullable(NamedList.find(views, viewName, View::name));
    }

    public Optional<Sequence> sequence(String sequenceName) {
        return Optional.ofNullable(NamedList.find(sequences, sequenceName, Sequence::name));
    }

    public Optional<EnumType> enumType(String typeName) {
        return Optional.ofNullable(NamedList.find(enumTypes, typeName, EnumType::name));
    }

    public Optional<Domain> domain(String domainName) {
        return Optional.ofNullable(NamedList.find(domains, domainName, Domain::name));
    }

    public Namespace withTables(List<Table> newTables) {
        return new Namespace(name, newTables, views, sequences, enumTypes, domains);
    }

    public Namespace withTables(Table... newTables) {
        return withTables(List.of(newTables));
    }

    public Namespace withViews(View... newViews) {
        return new Namespace(name, tables, List.of(newViews), sequences, enumTypes, domains);
    }

    public Namespace withSequences(Sequence... newSequences) {
        return new Namespace(name, tables, views, List.of(newSequences), enumTypes, domains);
    }

    public Namespace withEnumTypes(EnumType... newEnumTypes) {
        return new Namespace(name, tables, views, sequences, List.of(newEnumTypes), domains);
    }

    public Namespace withDomains(Domain... newDomains) {
        return new Namespace(name, tables, views, sequences, enumTypes, List.of(newDomains));
    }
}
