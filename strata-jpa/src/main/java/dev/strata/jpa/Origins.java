package dev.strata.jpa;

import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.IndexedCollection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each table, column and named constraint comes from, keyed the way differences name objects
 * ({@code public.users}, {@code public.users.email}): the entity class for a table, {@code Entity.field} (with the
 * path through embeddables, {@code Customer.address.city}) for a column, the collection's field for a collection
 * table, the field of a key's first column for a foreign key, unique key or index. Read from Hibernate's
 * {@code PersistentClass} and {@code Collection} bindings, so inherited, embedded and collection columns are named
 * after the field the user wrote.
 */
final class Origins {
    private final Map<String, String> origins = new HashMap<>();
    private final Function<org.hibernate.mapping.Table, TableRef> refs;
    private final Function<org.hibernate.mapping.Column, String> columnNames;

    private Origins(Function<org.hibernate.mapping.Table, TableRef> refs, Function<org.hibernate.mapping.Column, String> columnNames) {
        this.refs = refs;
        this.columnNames = columnNames;
    }

    static Map<String, String> of(Metadata metadata, Schema schema, Function<org.hibernate.mapping.Table, TableRef> refs,
                                  Function<org.hibernate.mapping.Column, String> columnNames) {
        Origins origins = new Origins(refs, columnNames);
        List<PersistentClass> entities = new ArrayList<>(metadata.getEntityBindings());
        entities.sort(Comparator.comparingInt(Origins::depth));
        for (PersistentClass entity : entities) {
            origins.entity(entity);
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            origins.collection(collection);
        }
        origins.constraints(schema);
        return Map.copyOf(origins.origins);
    }

    private static int depth(PersistentClass entity) {
        int depth = 0;
        for (PersistentClass c = entity.getSuperclass(); c != null; c = c.getSuperclass()) {
            depth++;
        }
        return depth;
    }

    private void entity(PersistentClass entity) {
        String owner = entity.getClassName() != null ? entity.getClassName() : entity.getEntityName();
        List<org.hibernate.mapping.Table> tables = new ArrayList<>();
        tables.add(entity.getTable());
        for (Join join : entity.getJoins()) {
            tables.add(join.getTable());
        }
        for (org.hibernate.mapping.Table table : tables) {
            origins.putIfAbsent(key(table), owner);
            String id = entity.getIdentifierProperty() != null ? entity.getIdentifierProperty().getName() : "id";
            value(table, entity.getIdentifier(), owner + "." + id);
            if (entity.getDiscriminator() != null) {
                value(table, entity.getDiscriminator(), owner + " (discriminator)");
            }
            if (entity.getKey() != null && entity.getSuperclass() != null) {
                value(table, entity.getKey(), owner + "." + id);
            }
            for (Property property : entity.getPropertyClosure()) {
                value(table, property.getValue(), owner + "." + property.getName());
            }
        }
    }

    private void collection(Collection collection) {
        String owner = collection.getRole();
        org.hibernate.mapping.Table table = collection.getCollectionTable();
        if (table == null) {
            return;
        }
        origins.putIfAbsent(key(table), owner);
        value(table, collection.getKey(), owner);
        value(table, collection.getElement(), owner);
        if (collection instanceof IndexedCollection indexed && indexed.getIndex() != null) {
            value(table, indexed.getIndex(), owner);
        }
    }

    private void value(org.hibernate.mapping.Table table, Value value, String origin) {
        if (value == null) {
            return;
        }
        if (value instanceof Component component) {
            for (Property property : component.getProperties()) {
                value(table, property.getValue(), origin + "." + property.getName());
            }
            return;
        }
        for (Selectable selectable : value.getSelectables()) {
            if (selectable instanceof org.hibernate.mapping.Column column && table.containsColumn(column)) {
                origins.putIfAbsent(key(table) + "." + columnNames.apply(column), origin);
            }
        }
    }

    /** Named keys and indexes: after the field of their first column. */
    private void constraints(Schema schema) {
        for (Namespace namespace : schema.namespaces()) {
            for (Table table : namespace.tables()) {
                String prefix = namespace.name() + "." + table.name();
                for (ForeignKey key : table.foreignKeys()) {
                    named(prefix, key.name(), key.columns().get(0));
                }
                for (UniqueConstraint unique : table.uniques()) {
                    named(prefix, unique.name(), unique.columns().get(0));
                }
                for (Index index : table.indexes()) {
                    named(prefix, index.name(), index.elements().get(0).column());
                }
            }
        }
    }

    private void named(String table, String name, String firstColumn) {
        String field = firstColumn == null ? null : origins.get(table + "." + firstColumn);
        if (name != null && (field != null || origins.containsKey(table))) {
            origins.putIfAbsent(table + "." + name, field != null ? field : origins.get(table));
        }
    }

    private String key(org.hibernate.mapping.Table table) {
        return refs.apply(table).toString();
    }
}
