package dev.strata.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column's type as the database spells it: a name ({@code character varying}, {@code numeric},
 * {@code timestamp with time zone}, {@code mood} for an enum or domain), its parameters ({@code 255},
 * {@code 10, 2}, a MariaDB enum's quoted values) and its array dimensions.
 *
 * <p>{@link #canonical()} is the form used to compare: lower case, PostgreSQL's internal aliases and the
 * common SQL synonyms mapped to one spelling ({@code int4}, {@code int} → {@code integer};
 * {@code varchar} → {@code character varying}; {@code timestamptz} → {@code timestamp with time zone}).
 * Dialect-specific equivalences (MariaDB {@code int(11)} = {@code int}) belong to the dialect's diff policy.
 */
public record ColumnType(String name, List<String> params, int arrayDimensions) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"),
            Map.entry("int2", "smallint"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("double", "double precision"),
            Map.entry("bool", "boolean"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("varchar", "character varying"), Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"),
            Map.entry("serial4", "serial"), Map.entry("serial8", "bigserial"), Map.entry("serial2", "smallserial"));

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public ColumnType {
        name = collapseSpaces(Attributes.requireName(name, "a column type").strip());
        params = params == null ? List.of() : params.stream().map(String::strip).toList();
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("array dimensions cannot be negative: " + arrayDimensions);
        }
    }

    /** {@code of("varchar", 255)}, {@code of("numeric", 10, 2)}, {@code of("uuid")}. */
    public static ColumnType of(String name, Object... params) {
        List<String> spelled = new ArrayList<>(params.length);
        for (Object param : params) {
            spelled.add(String.valueOf(param));
        }
        return new ColumnType(name, spelled, 0);
    }

    /**
     * Reads a type as SQL spells it: {@code character varying(255)}, {@code numeric(10, 2)},
     * {@code timestamp(3) with time zone}, {@code integer[]}, {@code text ARRAY}, {@code enum('a','b')},
     * {@code int(10) unsigned}.
     */
    public static ColumnType parse(String spelled) {
        String text = Attributes.requireName(spelled, "a column type").strip();
        int dims = 0;
        while (true) {
            if (text.endsWith("]")) {
                int open = text.lastIndexOf('[');
                if (open < 0 || !text.substring(open + 1, text.length() - 1).strip().matches("\\d*")) {
                    break;
                }
                text = text.substring(0, open).strip();
                dims++;
            } else if (text.length() > 6 && text.regionMatches(true, text.length() - 6, " array", 0, 6)) {
                text = text.substring(0, text.length() - 6).strip();
                dims++;
            } else {
                break;
            }
        }
        List<String> params = List.of();
        int open = text.indexOf('(');
        int close = open < 0 ? -1 : closingParen(text, open);
        if (open > 0 && close > open) {
            params = splitParams(text.substring(open + 1, close));
            text = (text.substring(0, open) + " " + text.substring(close + 1)).strip();
        }
        return new ColumnType(text, params, dims);
    }

    public ColumnType withArrayDimensions(int dimensions) {
        return new ColumnType(name, params, dimensions);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** The type of one element, for an array; the type itself otherwise. */
    public ColumnType elementType() {
        return withArrayDimensions(0);
    }

    /** The name in its canonical spelling, without parameters or array dimensions. */
    public String canonicalName() {
        String lower = lowerOutsideQuotes(name);
        if (lower.startsWith("pg_catalog.")) {
            lower = lower.substring("pg_catalog.".length());
        }
        if (lower.equals("float") && params.size() == 1 && params.get(0).matches("\\d+")) {
            return Integer.parseInt(params.get(0)) <= 24 ? "real" : "double precision";
        }
        String alias = ALIASES.get(lower);
        if (alias != null) {
            return alias;
        }
        if (lower.equals("float")) {
            return "double precision";
        }
        int space = lower.indexOf(' ');
        if (space > 0) {
            String first = ALIASES.get(lower.substring(0, space));
            if (first != null && first.indexOf(' ') < 0) {
                return first + lower.substring(space);
            }
        }
        return lower;
    }

    /** The form two types are compared in: canonical name, parameters without spaces, {@code []} per dimension. */
    public String canonical() {
        StringBuilder out = new StringBuilder(canonicalName());
        boolean floatPrecision = name.equalsIgnoreCase("float");
        if (!params.isEmpty() && !floatPrecision) {
            out.append('(');
            for (int i = 0; i < params.size(); i++) {
                out.append(i == 0 ? "" : ",").append(lowerOutsideQuotes(params.get(i)).replace(" ", ""));
            }
            out.append(')');
        }
        out.append("[]".repeat(arrayDimensions));
        return out.toString();
    }

    /** The type as SQL: {@code numeric(10,2)}, {@code timestamp(3) with time zone}, {@code text[]}. */
    public String sql() {
        StringBuilder out = new StringBuilder();
        String paramText = params.isEmpty() ? "" : "(" + String.join(",", params) + ")";
        int space = name.indexOf(' ');
        String lower = name.toLowerCase(Locale.ROOT);
        if (!paramText.isEmpty() && space > 0 && (lower.startsWith("timestamp ") || lower.startsWith("time "))) {
            out.append(name, 0, space).append(paramText).append(name.substring(space));
        } else {
            out.append(name).append(paramText);
        }
        return out.append("[]".repeat(arrayDimensions)).toString();
    }

    @Override
    public String toString() {
        return sql();
    }

    private static String collapseSpaces(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || (i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))))) {
                return SPACES.matcher(text).replaceAll(" ");
            }
        }
        return text;
    }

    private static int closingParen(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> splitParams(String inner) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(inner.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!inner.isBlank()) {
            out.add(inner.substring(start).strip());
        }
        return out;
    }

    private static String lowerOutsideQuotes(String text) {
        if (text.indexOf('\'') < 0 && text.indexOf('"') < 0) {
            return text.toLowerCase(Locale.ROOT);
        }
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            out.append(quote == 0 ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }
}
