package dev.strata.core.diff;

import dev.strata.core.ops.Operation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The differ's output while it works: differences in the order found, and operations sorted into phases
 * whose order is the dependency order. Drops of dependent objects come first (in the first schema's
 * names), then renames, then changes and creations (in the second schema's names), then drops of the
 * objects others depended on. Because every intermediate state is valid in both directions, the
 * reversed list of reversed operations is a valid downgrade.
 */
final class Plan {

    enum Phase {
        CREATE_SCHEMAS, EXTENSIONS, ENUM_TYPES, DOMAINS, SEQUENCES,
        DROP_VIEWS, DROP_FOREIGN_KEYS, DROP_INDEXES, DROP_CONSTRAINTS,
        RENAMES, COLUMNS, DROP_TABLES, CREATE_TABLES,
        ADD_CONSTRAINTS, CREATE_INDEXES, ADD_FOREIGN_KEYS, VIEWS,
        DROP_SEQUENCES, DROP_DOMAINS, DROP_ENUM_TYPES, DROP_EXTENSIONS, DROP_SCHEMAS
    }

    private final Map<Phase, List<Operation>> operations = new EnumMap<>(Phase.class);
    private final List<Difference> differences = new ArrayList<>();

    void add(Phase phase, Operation operation) {
        operations.computeIfAbsent(phase, p -> new ArrayList<>()).add(operation);
    }

    void difference(String object, String kind, String detail) {
        differences.add(new Difference(object, kind, detail));
    }

    SchemaDiff result() {
        List<Operation> ordered = new ArrayList<>();
        for (List<Operation> phase : operations.values()) {
            ordered.addAll(phase);
        }
        return new SchemaDiff(differences, ordered);
    }
}
