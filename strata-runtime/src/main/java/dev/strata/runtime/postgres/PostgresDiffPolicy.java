package dev.strata.runtime.postgres;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.diff.DiffPolicy;
import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.CheckConstraint;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.ExclusionConstraint;
import dev.strata.core.model.ForeignKey;
import dev.strata.core.model.Index;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * PostgreSQL's answers to the differ's narrow questions.
 * <ul>
 *   <li>Types: PostgreSQL's aliases ({@code int4}, {@code varchar}, {@code timestamptz}, {@code _int4}), the
 *       {@code serial} pseudo-types as their integer types, default parameters ({@code numeric(10)} =
 *       {@code numeric(10,0)}, {@code bit} = {@code bit(1)}, {@code character} = {@code character(1)},
 *       {@code timestamp(6)} = {@code timestamp}), and a user type named with or without its schema
 *       ({@code public.mood} = {@code mood}).</li>
 *   <li>Defaults and expressions: {@link ExpressionNormalizer}, with {@code pg_catalog.} qualifiers ignored.</li>
 *   <li>Generated names: the names PostgreSQL gives unnamed keys, constraints and indexes ({@link PostgresNames}).</li>
 *   <li>Views: {@code pg_get_viewdef}'s layout (leading blanks, the final {@code ;}) ignored, then compared like
 *       expressions, token by token where they cannot be parsed.</li>
 * </ul>
 */
public final class PostgresDiffPolicy implements DiffPolicy {

    private static final Map<String, String> SERIALS = Map.of(
            "serial", "integer", "bigserial", "bigint", "smallserial", "smallint");
    private static final Set<String> SIX_IS_DEFAULT = Set.of("timestamp without time zone", "timestamp with time zone",
            "time without time zone", "time with time zone", "interval");
    private static final Set<String> ONE_IS_DEFAULT = Set.of("bit", "character");

    /** A type reduced to what PostgreSQL distinguishes: its name's parts, its parameters, its dimensions. */
    record TypeKey(List<String> name, List<String> params, int dimensions) {
        /** The same type, one side perhaps naming it without its schema. */
        boolean matches(TypeKey other) {
            if (!params.equals(other.params) || dimensions != other.dimensions) {
                return false;
            }
            if (name.size() == other.name.size() || Math.min(name.size(), other.name.size()) != 1) {
                return name.equals(other.name);
            }
            return name.get(name.size() - 1).equals(other.name.get(other.name.size() - 1));
        }
    }

    @Override
    public boolean typesEquivalent(ColumnType a, ColumnType b) {
        return a.equals(b) || key(a).matches(key(b));
    }

    /** The type with PostgreSQL's own equivalences applied. */
    static TypeKey key(ColumnType type) {
        String name = type.canonicalName();
        int dimensions = type.arrayDimensions();
        if (name.startsWith("_") && name.length() > 1 && !name.contains(".") && !name.contains("\"")) {
            name = ColumnType.of(name.substring(1)).canonicalName();
            dimensions++;
        }
        name = SERIALS.getOrDefault(name, name);
        List<String> params = new ArrayList<>();
        if (!type.name().equalsIgnoreCase("float")) {
            for (String param : type.params()) {
                params.add(param.replace(" ", "").toLowerCase(Locale.ROOT));
            }
        }
        if (name.equals("numeric") && params.size() == 2 && params.get(1).equals("0")) {
            params.remove(1);
        }
        if (params.equals(List.of("6")) && SIX_IS_DEFAULT.contains(name) || params.equals(List.of("1")) && ONE_IS_DEFAULT.contains(name)) {
            params.clear();
        }
        return new TypeKey(nameParts(name), List.copyOf(params), dimensions);
    }

    /** The dotted parts of a canonical type name, unquoted: {@code public."My Type"} is {@code [public, My Type]}. */
    private static List<String> nameParts(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                    part.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted && c == '.') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return List.copyOf(parts);
    }

    @Override
    public boolean defaultsEquivalent(String a, String b, ColumnType type) {
        return ExpressionNormalizer.defaultsEquivalent(a, b, type)
                || ExpressionNormalizer.defaultsEquivalent(unqualified(a), unqualified(b), type);
    }

    @Override
    public boolean expressionsEquivalent(String a, String b) {
        return ExpressionNormalizer.equivalent(a, b) || ExpressionNormalizer.equivalent(unqualified(a), unqualified(b));
    }

    @Override
    public boolean viewDefinitionsEquivalent(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return expressionsEquivalent(PostgresCatalog.viewDefinition(a), PostgresCatalog.viewDefinition(b));
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        String name = index.name();
        return PostgresNames.isChosen(name, table.name(),
                PostgresNames.addition(PostgresNames.indexColumnNames(index.elements(), index.include(), false)), "idx")
                || PostgresNames.isChosen(name, table.name(),
                PostgresNames.addition(PostgresNames.indexColumnNames(index.elements(), index.include(), true)), "idx");
    }

    @Override
    public boolean isGeneratedConstraintName(Table table, ConstraintKind kind, String name) {
        if (name == null) {
            return false;
        }
        String t = table.name();
        return switch (kind) {
            case PRIMARY_KEY -> PostgresNames.isChosen(name, t, null, "pkey");
            case UNIQUE -> {
                UniqueConstraint unique = find(table.uniques(), UniqueConstraint::name, name);
                yield unique != null && PostgresNames.isChosen(name, t, PostgresNames.addition(unique.columns()), "key");
            }
            case FOREIGN_KEY -> {
                ForeignKey key = table.foreignKey(name).orElse(null);
                yield key != null && PostgresNames.isChosen(name, t, PostgresNames.addition(key.columns()), "fkey");
            }
            case CHECK -> {
                CheckConstraint check = find(table.checks(), CheckConstraint::name, name);
                yield check != null && PostgresNames.isChosen(name, t, PostgresNames.checkColumn(table, check.expression()), "check");
            }
            case EXCLUSION -> {
                ExclusionConstraint exclusion = find(table.exclusions(), ExclusionConstraint::name, name);
                if (exclusion == null) {
                    yield false;
                }
                var keys = exclusion.elements().stream().map(ExclusionConstraint.Element::key).toList();
                yield PostgresNames.isChosen(name, t, PostgresNames.addition(PostgresNames.indexColumnNames(keys, List.of(), false)), "excl")
                        || PostgresNames.isChosen(name, t, PostgresNames.addition(PostgresNames.indexColumnNames(keys, List.of(), true)), "excl");
            }
        };
    }


    private static <T> T find(List<T> items, Function<T, String> nameOf, String name) {
        for (T item : items) {
            if (name.equals(nameOf.apply(item))) {
                return item;
            }
        }
        return null;
    }

    /** The text without {@code pg_catalog.} qualifiers outside literals and quoted names. */
    static String unqualified(String expression) {
        if (expression == null || !expression.contains("pg_catalog.")) {
            return expression;
        }
        StringBuilder out = new StringBuilder(expression.length());
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (expression.startsWith("pg_catalog.", i)
                    && (i == 0 || !Character.isLetterOrDigit(expression.charAt(i - 1)) && expression.charAt(i - 1) != '_')) {
                i += "pg_catalog.".length() - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
