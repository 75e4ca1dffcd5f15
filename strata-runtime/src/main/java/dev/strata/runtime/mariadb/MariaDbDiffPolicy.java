package dev.strata.runtime.mariadb;

import dev.strata.core.diff.ConstraintKind;
import dev.strata.core.diff.DiffPolicy;
import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.Index;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Table;
import dev.strata.core.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What MariaDB spells differently from what it means:
 * <ul>
 *   <li>types: integer display widths ({@code int(11)} = {@code int}) except {@code tinyint(1)}, which is
 *       {@code boolean}; the SQL synonyms ({@code integer}, {@code numeric}, {@code double precision},
 *       {@code character varying}); implied parameters ({@code decimal} = {@code decimal(10,0)},
 *       {@code char} = {@code char(1)}, {@code datetime(0)} = {@code datetime});</li>
 *   <li>defaults: MariaDB quotes literals ({@code '5'} = {@code 5} for a number), writes booleans as
 *       {@code 1}/{@code 0}, escapes with backslashes, spells {@code current_timestamp()}, and says
 *       {@code NULL} for no default;</li>
 *   <li>generated names: foreign keys {@code <table>_ibfk_N}, indexes and unique keys named after their
 *       first column ({@code email}, {@code email_2}), column checks named after their column and table
 *       checks {@code CONSTRAINT_N}; the primary key is always {@code PRIMARY}.</li>
 * </ul>
 */
public final class MariaDbDiffPolicy implements DiffPolicy {

    private static final Set<String> INTEGER_TYPES = Set.of("tinyint", "smallint", "mediumint", "int", "bigint");
    private static final Set<String> TEMPORAL_TYPES = Set.of("datetime", "timestamp", "time");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("integer", "int"), Map.entry("int4", "int"), Map.entry("int1", "tinyint"),
            Map.entry("int2", "smallint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("int8", "bigint"), Map.entry("dec", "decimal"), Map.entry("numeric", "decimal"),
            Map.entry("fixed", "decimal"), Map.entry("double precision", "double"), Map.entry("real", "double"),
            Map.entry("float8", "double"), Map.entry("float4", "float"), Map.entry("character varying", "varchar"),
            Map.entry("char varying", "varchar"), Map.entry("character", "char"), Map.entry("nchar", "char"),
            Map.entry("national char", "char"), Map.entry("nvarchar", "varchar"), Map.entry("national varchar", "varchar"),
            Map.entry("long varchar", "mediumtext"), Map.entry("long", "mediumtext"));
    private static final Pattern CHECK_NAME = Pattern.compile("CONSTRAINT_\\d+");
    private static final Pattern KEY_PART = Pattern.compile("`((?:[^`]|``)*)`\\(\\d+\\)");

    @Override
    public boolean typesEquivalent(ColumnType a, ColumnType b) {
        return a.equals(b) || canonicalType(a).equals(canonicalType(b));
    }

    /** The type as compared: {@code int unsigned}, {@code tinyint(1)} for any boolean, {@code decimal(10,0)}. */
    static String canonicalType(ColumnType type) {
        List<String> words = new ArrayList<>(List.of(type.name().toLowerCase(Locale.ROOT).split(" ")));
        boolean unsigned = words.remove("unsigned");
        boolean zerofill = words.remove("zerofill");
        words.remove("signed");
        String base = String.join(" ", words);
        base = SYNONYMS.getOrDefault(base, base);
        List<String> params = new ArrayList<>(type.params());
        if (base.equals("bool") || base.equals("boolean")) {
            base = "tinyint";
            params = List.of("1");
        } else if (INTEGER_TYPES.contains(base) && !zerofill && !(base.equals("tinyint") && params.equals(List.of("1")))) {
            params = List.of();
        } else if (base.equals("decimal") && params.size() < 2) {
            params = List.of(params.isEmpty() ? "10" : params.get(0), "0");
        } else if ((base.equals("char") || base.equals("binary") || base.equals("bit")) && params.isEmpty()) {
            params = List.of("1");
        } else if (TEMPORAL_TYPES.contains(base) && params.equals(List.of("0")) || base.equals("year") && params.equals(List.of("4"))) {
            params = List.of();
        }
        StringBuilder out = new StringBuilder(base);
        if (!params.isEmpty()) {
            out.append('(').append(String.join(",", params.stream().map(String::strip).toList())).append(')');
        }
        if (unsigned || zerofill) {
            out.append(" unsigned");
        }
        if (zerofill) {
            out.append(" zerofill");
        }
        return out.toString();
    }

    @Override
    public boolean defaultsEquivalent(String a, String b, ColumnType type) {
        String left = spelledDefault(a, type);
        String right = spelledDefault(b, type);
        if (left == null || right == null) {
            return left == null && right == null;
        }
        return ExpressionNormalizer.defaultsEquivalent(left, right, comparableType(type));
    }

    /** A default as the normalizer compares it: no {@code NULL}, booleans as numbers, literals with doubled quotes. */
    static String spelledDefault(String value, ColumnType type) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("null")) {
            return null;
        }
        if (type != null && canonicalType(type).startsWith("tinyint")) {
            if (text.equalsIgnoreCase("true")) {
                return "1";
            }
            if (text.equalsIgnoreCase("false")) {
                return "0";
            }
        }
        if (text.length() >= 2 && text.charAt(0) == '\'' && text.charAt(text.length() - 1) == '\'' && text.indexOf('\\') >= 0) {
            String content = unescape(text.substring(1, text.length() - 1));
            if (content != null) {
                return "'" + content.replace("'", "''") + "'";
            }
        }
        return text;
    }

    /** The content of a single MariaDB string literal's body, or null when it is not one literal. */
    private static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '0' -> '\0';
                    case 'Z' -> (char) 26;
                    case 'b' -> '\b';
                    default -> next;
                });
            } else if (c == '\'') {
                if (i + 1 < body.length() && body.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i++;
                } else {
                    return null;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The type the normalizer knows: MariaDB's boolean is a number, so {@code 1} is not {@code true} there. */
    private static ColumnType comparableType(ColumnType type) {
        return type == null ? null : ColumnType.parse(canonicalType(type).replace(" unsigned", "").replace(" zerofill", ""));
    }

    @Override
    public boolean isGeneratedIndexName(Table table, Index index) {
        return !index.elements().isEmpty() && namedAfter(index.name(), firstColumn(index.elements().get(0)));
    }

    @Override
    public boolean isGeneratedConstraintName(Table table, ConstraintKind kind, String name) {
        if (name == null) {
            return true;
        }
        return switch (kind) {
            case PRIMARY_KEY -> true;
            case FOREIGN_KEY -> name.startsWith(table.name() + "_ibfk_") && name.substring(table.name().length() + 6).matches("\\d+");
            case UNIQUE -> table.uniques().stream().filter(u -> name.equals(u.name())).findFirst()
                    .map(UniqueConstraint::columns).map(columns -> namedAfter(name, columns.get(0))).orElse(false);
            case CHECK -> CHECK_NAME.matcher(name).matches() || table.column(name).isPresent();
            case EXCLUSION -> false;
        };
    }

    /** {@code email} or {@code email_2} for a first column {@code email}; names of keys are case-insensitive. */
    private static boolean namedAfter(String name, String column) {
        if (name == null || column == null) {
            return false;
        }
        if (name.equalsIgnoreCase(column)) {
            return true;
        }
        return name.length() > column.length() + 1 && name.regionMatches(true, 0, column, 0, column.length())
                && name.charAt(column.length()) == '_' && name.substring(column.length() + 1).matches("\\d+");
    }

    /** The column of a key part: a column element, or a prefix part spelled {@code `name`(10)}. */
    private static String firstColumn(IndexElement element) {
        if (!element.isExpression()) {
            return element.column();
        }
        var matcher = KEY_PART.matcher(element.expression());
        return matcher.matches() ? matcher.group(1).replace("``", "`") : null;
    }
}
