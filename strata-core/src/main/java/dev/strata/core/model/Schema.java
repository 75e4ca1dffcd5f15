package dev.strata.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The whole model of a database: its namespaces and the extensions installed in it. Plain immutable
 * values, built by an inspector, a schema file or a JPA model, and compared by the differ.
 */
public record Schema(List<Namespace> namespaces, List<Extension> extensions) {

    public static final Schema EMPTY = new Schema(List.of(), List.of());

    public Schema {
        namespaces = NamedList.of(namespaces, Namespace::name, "namespace");
        extensions = NamedList.of(extensions, Extension::name, "extension");
    }

    public static Schema of(Namespace... namespaces) {
        return new Schema(List.of(namespaces), List.of());
    }

    public Optional<Namespace> namespace(String name) {
        return Optional.ofNullable(NamedList.find(namespaces, name, Namespace::name));
    }

    public Optional<Extension> extension(String name) {
        return Optional.ofNullable(NamedList.find(extensions, name, Extension::name));
    }

    public Optional<Table> table(TableRef ref) {
        return namespace(ref.namespace()).flatMap(namespace -> namespace.table(ref.name()));
    }

    public Schema withNamespaces(List<Namespace> newNamespaces) {
        return new Schema(newNamespaces, extensions);
    }

    public Schema withExtensions(Extension... newExtensions) {
        return new Schema(namespaces, List.of(newExtensions));
    }
}
