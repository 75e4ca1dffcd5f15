package dev.strata.runtime.postgres;

import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.Domain;
import dev.strata.core.model.EnumType;
import dev.strata.core.model.Extension;
import dev.strata.core.model.Namespace;
import dev.strata.core.model.Schema;
import dev.strata.core.model.Sequence;
import dev.strata.core.model.Table;
import dev.strata.core.model.View;
import dev.strata.runtime.Inspector;
import dev.strata.runtime.JdbcSession;
import dev.strata.runtime.postgres.PostgresCatalog.ConstraintRow;
import dev.strata.runtime.postgres.PostgresCatalog.DomainRow;
import dev.strata.runtime.postgres.PostgresCatalog.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a live PostgreSQL database into the model from {@code pg_catalog}, in the fixed set of queries of
 * {@link PostgresCatalog#QUERIES} whatever the number of tables (plus two statements that open a read-only
 * snapshot with an empty {@code search_path}).
 *
 * <p>Left out: the system schemas ({@code pg_catalog}, {@code information_schema}, {@code pg_toast},
 * {@code pg_temp_*}), everything an extension owns, Strata's {@code strata_version} and {@code strata_history}
 * in any schema, indexes that back a primary key, unique or exclusion constraint (the constraint stands for
 * them), sequences owned by identity and {@code serial} columns (the column stands for them), and the
 * implicit array and row types. Names outside {@code pg_catalog} are schema-qualified wherever the server
 * prints them ({@code public.mood}, {@code 'ok'::public.mood}).
 */
public final class PostgresInspector implements Inspector {

    /** A schema and the number of statements it took to read it. */
    record Inspection(Schema schema, int statements) {
    }

    @Override
    public Schema inspect(JdbcSession session, Set<String> schemas) {
        return read(session, schemas).schema();
    }

    Inspection read(JdbcSession session, Set<String> schemas) {
        CatalogReader reader = CatalogReader.begin(session, schemas);
        Schema schema;
        try {
            schema = assemble(reader);
        } catch (RuntimeException | Error e) {
            reader.abandon(e);
            throw e;
        }
        reader.end();
        return new Inspection(schema, reader.statements());
    }

    private static Schema assemble(CatalogReader reader) {
        List<String> namespaceNames = reader.read(PostgresCatalog.NAMESPACES);
        List<ConstraintRow> constraints = reader.read(PostgresCatalog.CONSTRAINTS);
        TableAssembler tables = new TableAssembler(reader.read(PostgresCatalog.COLUMNS), constraints,
                reader.read(PostgresCatalog.INDEXES), reader.read(PostgresCatalog.OPERATOR_CLASSES));
        Map<String, List<Table>> tablesByNamespace = tables.tablesByNamespace(reader.read(PostgresCatalog.TABLES));
        Map<String, List<Sequence>> sequences = byNamespace(reader.read(PostgresCatalog.SEQUENCES));
        Map<String, List<EnumType>> enumTypes = byNamespace(reader.read(PostgresCatalog.ENUM_TYPES));
        Map<String, List<Domain>> domains = domains(reader.read(PostgresCatalog.DOMAINS), constraints);
        Map<String, List<View>> views = byNamespace(reader.read(PostgresCatalog.VIEWS));
        List<Extension> extensions = reader.read(PostgresCatalog.EXTENSIONS);

        List<Namespace> namespaces = new ArrayList<>(namespaceNames.size());
        for (String name : namespaceNames) {
            namespaces.add(new Namespace(name, tablesByNamespace.getOrDefault(name, List.of()),
                    views.getOrDefault(name, List.of()), sequences.getOrDefault(name, List.of()),
                    enumTypes.getOrDefault(name, List.of()), domains.getOrDefault(name, List.of())));
        }
        return new Schema(namespaces, extensions);
    }

    /** Domains with their checks, which the constraint query returns ordered by name. */
    private static Map<String, List<Domain>> domains(List<DomainRow> rows, List<ConstraintRow> constraints) {
        Map<Long, List<CheckConstraint>> checks = new HashMap<>();
        for (ConstraintRow c : constraints) {
            if (c.domain() != 0 && c.type().equals("c")) {
                checks.computeIfAbsent(c.domain(), k -> new ArrayList<>())
                        .add(new CheckConstraint(c.name(), c.expression(), c.validated()));
            }
        }
        Map<String, List<Domain>> byNamespace = new HashMap<>();
        for (DomainRow row : rows) {
            Domain d = row.domain();
            Domain domain = new Domain(d.name(), d.baseType(), d.nullable(), d.defaultExpression(),
                    checks.getOrDefault(row.oid(), List.of()), d.collation());
            byNamespace.computeIfAbsent(row.namespace(), k -> new ArrayList<>()).add(domain);
        }
        return byNamespace;
    }

    private static <T> Map<String, List<T>> byNamespace(List<Named<T>> rows) {
        Map<String, List<T>> byNamespace = new HashMap<>();
        for (Named<T> row : rows) {
            byNamespace.computeIfAbsent(row.namespace(), k -> new ArrayList<>()).add(row.value());
        }
        return byNamespace;
    }
}
