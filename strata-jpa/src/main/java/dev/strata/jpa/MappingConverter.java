package dev.strata.jpa;

import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.error.BadInputException;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.ReferentialAction;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.TableRef;
import dev.strata.core.model.UniqueConstraint;
import dev.strata.runtime.config.DatabaseKind;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.dialect.Dialect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hibernate's relational model ({@code Database} → {@code Namespace} → {@code Table}, {@code Sequence}) as Strata's
 * {@link Schema}: what the database holds after {@code SchemaExport} created it, read by the same rules, plus what
 * the database adds on its own (MariaDB's index for a foreign key, its table engine and character set).
 */
final class MappingConverter {
    private static final Pattern CREATE_ENUM = Pattern.compile("(?is)create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)");
    private static final Pattern ENUM_VALUE = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern CREATE_CAST = Pattern.compile("(?i)create\\s+cast\\b");

    private final Metadata metadata;
    private final ServerFacts server;
    private final Names names;
    private final Dialect dialect;

    MappingConverter(Metadata metadata, ServerFacts server) {
        this.metadata = metadata;
        this.server = server;
        this.names = new Names(server.kind());
        this.dialect = metadata.getDatabase().getDialect();
    }

    Schema convert() {
        ImplicitNames implicitNames = ImplicitNames.of(server.kind());
        TableConverter tables = new TableConverter(metadata, names, this::ref, implicitNames);
        Map<String, List<Table>> tablesByNamespace = new LinkedHashMap<>();
        Map<String, List<Sequence>> sequencesByNamespace = new LinkedHashMap<>();
        for (org.hibernate.boot.model.relational.Namespace namespace : metadata.getDatabase().getNamespaces()) {
            String name = namespaceName(namespace.getPhysicalName().getCatalog(), namespace.getPhysicalName().getSchema());
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (table.isPhysicalTable() && !table.isView()) {
                    Table converted = tables.convert(table);
                    if (server.kind() == DatabaseKind.MARIADB) {
                        converted = withMariaDbAdditions(converted);
                    }
                    tablesByNamespace.computeIfAbsent(name, k -> new ArrayList<>()).add(converted);
                }
            }
            // MariaDB's sequences are not read by its inspector; PostgreSQL's are
            if (server.kind() == DatabaseKind.POSTGRES) {
                for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                    sequencesByNamespace.computeIfAbsent(name, k -> new ArrayList<>()).add(
                            Sequence.of(names.stored(sequence.getName().getSequenceName()))
                                    .startingAt(sequence.getInitialValue()).incrementingBy(sequence.getIncrementSize()));
                }
            }
        }
        Map<String, List<EnumType>> enumsByNamespace = new LinkedHashMap<>();
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            auxiliary(object, enumsByNamespace);
        }
        List<Namespace> namespaces = new ArrayList<>();
        for (String name : union(union(tablesByNamespace, sequencesByNamespace), enumsByNamespace).keySet()) {
            namespaces.add(new Namespace(name, tablesByNamespace.getOrDefault(name, List.of()), List.of(),
                    sequencesByNamespace.getOrDefault(name, List.of()), enumsByNamespace.getOrDefault(name, List.of()), List.of()));
        }
        return new Schema(namespaces, List.of());
    }

    private static Map<String, ?> union(Map<String, ?> a, Map<String, ?> b) {
        Map<String, Object> out = new LinkedHashMap<>(a);
        b.keySet().forEach(k -> out.putIfAbsent(k, k));
        return out;
    }

    /**
     * Objects Hibernate creates besides tables and sequences: PostgreSQL enum types for
     * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} are read (the casts Hibernate creates with them are not part of
     * Strata's model); anything else is refused, since Strata would silently leave it out.
     */
    private void auxiliary(AuxiliaryDatabaseObject object, Map<String, List<EnumType>> enums) {
        if (!object.appliesToDialect(dialect)) {
            return;
        }
        var context = SqlStringGenerationContextImpl.fromExplicit(metadata.getDatabase().getJdbcEnvironment(),
                metadata.getDatabase(), null, null);
        for (String statement : object.sqlCreateStrings(context)) {
            Matcher type = CREATE_ENUM.matcher(statement.strip());
            if (type.matches()) {
                List<String> values = new ArrayList<>();
                Matcher value = ENUM_VALUE.matcher(type.group(2));
                while (value.find()) {
                    values.add(value.group(1).replace("''", "'"));
                }
                enums.computeIfAbsent(server.namespace(), k -> new ArrayList<>()).add(new EnumType(names.stored(type.group(1)), values));
            } else if (!CREATE_CAST.matcher(statement.strip()).lookingAt()) {
                throw new BadInputException("the entities make Hibernate create `" + statement.strip() + "` ("
                        + object.getExportIdentifier() + "), which Strata's schema model cannot hold",
                        "map it differently (an enum as @Enumerated(STRING), a composite as @Embeddable), or keep this part "
                                + "of the schema in a hand-written migration");
            }
        }
    }

    /** Where a table lands: its catalog (MariaDB) or schema (PostgreSQL), else the server's default namespace. */
    String namespaceName(Identifier catalog, Identifier schema) {
        Identifier qualifier = server.kind() == DatabaseKind.MARIADB ? (catalog != null ? catalog : schema) : schema;
        return qualifier == null ? server.namespace() : names.stored(qualifier);
    }

    /** The table with its namespace always named. */
    TableRef qualified(org.hibernate.mapping.Table table) {
        return new TableRef(namespaceName(table.getCatalogIdentifier(), table.getSchemaIdentifier()),
                names.stored(table.getName(), table.isQuoted()));
    }

    /** The table as a foreign key references it. */
    TableRef ref(org.hibernate.mapping.Table table) {
        TableRef ref = qualified(table);
        // MariaDB's inspector names a table of the same database without its namespace, so the model does too
        boolean home = server.kind() == DatabaseKind.MARIADB && ref.namespace().equals(server.namespace());
        return home ? new TableRef(null, ref.name()) : ref;
    }

    /** Where each object of the converted schema comes from ({@link Origins}). */
    Map<String, String> origins(Schema schema) {
        TableConverter tables = new TableConverter(metadata, names, this::ref, ImplicitNames.of(server.kind()));
        return Origins.of(metadata, schema, this::qualified, tables::name);
    }

    /**
     * What MariaDB adds to a table Hibernate creates: the engine Hibernate asks for and the database's character set
     * and collation, and, for a foreign key whose columns no index starts with, the index InnoDB creates under the
     * key's name (keys are added after every index and unique key, as {@code SchemaCreatorImpl} orders them).
     */
    private Table withMariaDbAdditions(Table table) {
        Map<String, String> attributes = new LinkedHashMap<>();
        String typeString = dialect.getTableTypeString().strip();
        int eq = typeString.indexOf('=');
        if (eq > 0 && typeString.substring(0, eq).strip().equalsIgnoreCase("engine")) {
            attributes.put("engine", typeString.substring(eq + 1).strip());
        }
        if (server.charset() != null) {
            attributes.put("charset", server.charset());
        }
        if (server.collation() != null) {
            attributes.put("collation", server.collation());
        }
        List<List<String>> leading = new ArrayList<>();
        if (table.primaryKey() != null) {
            leading.add(lower(table.primaryKey().columns()));
        }
        table.uniques().forEach(u -> leading.add(lower(u.columns())));
        for (Index index : table.indexes()) {
            leading.add(lower(index.elements().stream().map(e -> e.isExpression() ? "\u0000" : e.column()).toList()));
        }
        List<Index> indexes = new ArrayList<>();
        List<UniqueConstraint> uniques = new ArrayList<>(table.uniques());
        for (Index index : table.indexes()) {
            // MariaDB makes no difference between a unique index of whole ascending columns and a unique constraint
            if (index.unique() && index.elements().stream().noneMatch(e -> e.isExpression() || e.descending())) {
                uniques.add(new UniqueConstraint(index.name(), index.elements().stream().map(IndexElement::column).toList(),
                        false, false, false));
            } else {
                indexes.add(index);
            }
        }
        for (ForeignKey key : table.foreignKeys()) {
            List<String> columns = lower(key.columns());
            if (leading.stream().noneMatch(l -> l.size() >= columns.size() && l.subList(0, columns.size()).equals(columns))) {
                indexes.add(new Index(key.name(), false, null, key.columns().stream().map(IndexElement::column).toList(),
                        List.of(), null, false));
                leading.add(columns);
            }
        }
        // MariaDB reports RESTRICT where no action was written
        List<ForeignKey> foreignKeys = table.foreignKeys().stream()
                .map(k -> k.onDelete(restrict(k.onDelete())).onUpdate(restrict(k.onUpdate()))).toList();
        List<Column> columns = table.columns().stream().map(c -> c.withType(mariaDbType(c.type()))).toList();
        return new Table(table.name(), columns, table.primaryKey(), foreignKeys, uniques, table.checks(),
                table.exclusions(), indexes, table.comment(), attributes);
    }

    private static ReferentialAction restrict(ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? ReferentialAction.RESTRICT : action;
    }

    /** {@code float(p)} is stored as {@code float} up to 24 bits of precision and as {@code double} beyond. */
    private static ColumnType mariaDbType(ColumnType type) {
        if (type.name().equalsIgnoreCase("float") && type.params().size() == 1 && type.params().get(0).matches("\\d+")) {
            return ColumnType.of(Integer.parseInt(type.params().get(0)) <= 24 ? "float" : "double");
        }
        return type;
    }

    private static List<String> lower(List<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

}
