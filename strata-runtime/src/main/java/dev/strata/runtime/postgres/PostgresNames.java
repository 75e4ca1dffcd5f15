package dev.strata.runtime.postgres;

import dev.strata.core.diff.expression.ExpressionNormalizer;
import dev.strata.core.model.Column;
import dev.strata.core.model.ColumnType;
import dev.strata.core.model.IndexElement;
import dev.strata.core.model.Table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names PostgreSQL makes up for indexes and constraints declared without one, as its
 * {@code makeObjectName}, {@code ChooseRelationName}, {@code ChooseConstraintName} and
 * {@code ChooseIndexColumnNames} do: {@code <table>_pkey}, {@code <table>_<columns>_key},
 * {@code <table>_<columns>_fkey}, {@code <table>_<column>_check}, {@code <table>_<columns>_excl},
 * {@code <table>_<columns>_idx}, each with a number after the label when the name was taken
 * ({@code users_email_idx1}), and the table and column parts shortened so the whole fits in 63 bytes.
 */
public final class PostgresNames {
    /** NAMEDATALEN - 1. */
    static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    /**
     * {@code makeObjectName}: {@code name1_name2_label}, taking bytes off the longer of name1 and name2 until
     * it fits, never cutting a character in two. {@code name2} and {@code label} may be null.
     */
    public static String objectName(String name1, String name2, String label) {
        byte[] first = utf8(name1);
        byte[] second = name2 == null ? null : utf8(name2);
        int overhead = (second == null ? 0 : 1) + (label == null ? 0 : utf8(label).length + 1);
        int available = MAX_BYTES - overhead;
        int firstLength = first.length;
        int secondLength = second == null ? 0 : second.length;
        while (firstLength + secondLength > available) {
            if (firstLength > secondLength) {
                firstLength--;
            } else {
                secondLength--;
            }
        }
        StringBuilder name = new StringBuilder(prefix(first, firstLength));
        if (second != null) {
            name.append('_').append(prefix(second, secondLength));
        }
        if (label != null) {
            name.append('_').append(label);
        }
        return name.toString();
    }

    /** The one column of the table a check's expression mentions, which PostgreSQL names the check after; else null. */
    public static String checkColumn(Table table, String expression) {
        Set<String> mentioned = ExpressionNormalizer.identifiers(expression);
        String only = null;
        for (Column column : table.columns()) {
            if (mentioned.contains(column.name())) {
                if (only != null) {
                    return null;
                }
                only = column.name();
            }
        }
        return only;
    }

    /**
     * Whether {@code name} is what PostgreSQL chooses from these parts: the plain name, or one with a number
     * after the label ({@code label1}, {@code label2}, …) as when the plain one was taken.
     */
    static boolean isChosen(String name, String table, String addition, String label) {
        if (name == null) {
            return false;
        }
        if (name.equals(objectName(table, addition, label))) {
            return true;
        }
        int digits = name.length();
        while (digits > 0 && Character.isDigit(name.charAt(digits - 1)) && name.charAt(digits - 1) < 128) {
            digits--;
        }
        String number = name.substring(digits);
        return !number.isEmpty() && number.charAt(0) != '0' && number.length() < 10
                && name.equals(objectName(table, addition, label + number));
    }

    /** The column names joined with {@code _}, as the name additions of indexes and foreign keys are. */
    static String addition(List<String> names) {
        return names.isEmpty() ? null : String.join("_", names);
    }

    /**
     * The names PostgreSQL gives the columns of an index ({@code ChooseIndexColumnNames}): the column's name,
     * or for an expression what {@code FigureColname} would say ({@code lower} for {@code lower(email)},
     * {@code expr} for {@code a + b}), made unique with numbers ({@code lower}, {@code lower1}). INCLUDE
     * columns count. With {@code plainExpressions}, every expression is {@code expr}, for when the guess
     * from the printed expression is wrong.
     */
    static List<String> indexColumnNames(List<IndexElement> keys, List<String> include, boolean plainExpressions) {
        List<String> names = new ArrayList<>(keys.size() + include.size());
        for (IndexElement key : keys) {
            String original = key.isExpression() ? (plainExpressions ? "expr" : expressionName(key.expression())) : key.column();
            names.add(unique(original, names));
        }
        for (String column : include) {
            names.add(unique(column, names));
        }
        return names;
    }

    private static String unique(String original, List<String> taken) {
        String name = original;
        for (int i = 1; taken.contains(name); i++) {
            String suffix = Integer.toString(i);
            byte[] bytes = utf8(original);
            name = prefix(bytes, Math.min(bytes.length, MAX_BYTES - suffix.length())) + suffix;
        }
        return name;
    }

    /**
     * A best guess at {@code FigureColname} from a printed expression: a function call is named by the
     * function ({@code lower}, {@code coalesce}), {@code ARRAY[…]} is {@code array}, {@code CASE} is
     * {@code case}, a cast by its operand when that is a column or a call, else by the type's internal name
     * ({@code (a + b)::text} is {@code text}, {@code …::integer} is {@code int4}); anything else is {@code expr}.
     */
    static String expressionName(String expression) {
        String text = stripParentheses(expression.strip());
        int cast = topLevelCast(text);
        if (cast > 0 && isPrimary(text.substring(0, cast).strip())) {
            String operand = expressionName(text.substring(0, cast));
            return operand.equals("expr") || operand.equals("case") || operand.equals("array")
                    ? typeName(text.substring(cast + 2)) : operand;
        }
        int[] end = new int[1];
        List<String> name = qualifiedName(text, end);
        if (name.isEmpty()) {
            return "expr";
        }
        String rest = text.substring(end[0]).stripLeading();
        String last = name.get(name.size() - 1);
        boolean keyword = name.size() == 1 && !text.startsWith("\"");
        if (rest.startsWith("(")) {
            return last;
        }
        if (keyword && last.equals("array") && rest.startsWith("[")) {
            return "array";
        }
        if (keyword && last.equals("case")) {
            return "case";
        }
        if (rest.isEmpty()) {
            return last; // a column, or a keyword function such as CURRENT_DATE
        }
        return "expr";
    }

    /** Whether the text is one operand a cast binds to: a parenthesized group, a literal, a name or a call. */
    private static boolean isPrimary(String text) {
        if (text.startsWith("(") && closes(text) || text.matches("'([^']|'')*'|[0-9.]+")) {
            return true;
        }
        int[] end = new int[1];
        if (qualifiedName(text, end).isEmpty()) {
            return false;
        }
        String rest = text.substring(end[0]).strip();
        return rest.isEmpty() || rest.startsWith("(") && closes(rest);
    }

    /** Where the last {@code ::} outside parentheses, brackets and quotes is; -1 if none. */
    private static int topLevelCast(String text) {
        int depth = 0;
        char quote = 0;
        int found = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && c == ':' && i + 1 < text.length() && text.charAt(i + 1) == ':') {
                found = i;
                i++;
            } else if (depth == 0 && found >= 0 && (Character.isWhitespace(c) && !typeContinues(text, i))) {
                return -1; // an operator after the cast: the cast is not the whole expression
            }
        }
        return found;
    }

    private static boolean typeContinues(String text, int space) {
        String rest = text.substring(space).stripLeading().toLowerCase(Locale.ROOT);
        return rest.startsWith("varying") || rest.startsWith("precision") || rest.startsWith("with") || rest.startsWith("without")
                || rest.startsWith("time") || rest.startsWith("zone") || rest.startsWith("(") || rest.startsWith("[");
    }

    /** The last name of a printed type as the parser names it ({@code integer} is {@code int4}). */
    private static String typeName(String printed) {
        ColumnType type = ColumnType.parse(printed);
        String name = type.canonicalName();
        name = name.substring(name.lastIndexOf('.') + 1).replace("\"", "");
        return switch (name) {
            case "integer" -> "int4";
            case "smallint" -> "int2";
            case "bigint" -> "int8";
            case "real" -> "float4";
            case "double precision" -> "float8";
            case "boolean" -> "bool";
            case "character varying" -> "varchar";
            case "character" -> "bpchar";
            case "timestamp with time zone" -> "timestamptz";
            case "timestamp without time zone" -> "timestamp";
            case "time with time zone" -> "timetz";
            case "time without time zone" -> "time";
            case "bit varying" -> "varbit";
            default -> name;
        };
    }

    private static String stripParentheses(String text) {
        while (text.startsWith("(") && text.endsWith(")") && closes(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Whether the parenthesis opening the text is the one closing it. */
    private static boolean closes(String text) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    /** The dotted name the text starts with, folded as PostgreSQL folds it; empty when it starts otherwise. */
    private static List<String> qualifiedName(String text, int[] end) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                int close = i + 1;
                StringBuilder part = new StringBuilder();
                while (close < text.length()) {
                    if (text.charAt(close) == '"') {
                        if (close + 1 < text.length() && text.charAt(close + 1) == '"') {
                            part.append('"');
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    part.append(text.charAt(close++));
                }
                parts.add(part.toString());
                i = close + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '$')) {
                    i++;
                }
                parts.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            } else {
                break;
            }
            if (i < text.length() && text.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        end[0] = Math.min(i, text.length());
        return parts;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first {@code length} bytes, shortened so no character is cut ({@code pg_mbcliplen}). */
    private static String prefix(byte[] bytes, int length) {
        int cut = length;
        while (cut > 0 && cut < bytes.length && (bytes[cut] & 0xC0) == 0x80) {
            cut--;
        }
        return new String(bytes, 0, cut, StandardCharsets.UTF_8);
    }
}
