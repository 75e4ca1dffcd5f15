package dev.strata.runtime.sqlite;

import java.util.function.UnaryOperator;

/**
 * Identifiers in the model's SQL text (checks, generated columns, index expressions and predicates): whether
 * a column is mentioned, and the text with a column renamed. A small scanner that skips string literals and
 * reads quoted ({@code "…"}, {@code `…`}, {@code […]}) and bare identifiers, compared as SQLite does
 * (ASCII case-insensitively). It does not resolve names, so a function or another table's column of the same
 * name counts too: the answer errs on the side of "mentioned".
 */
final class SqliteIdentifiers {
    private SqliteIdentifiers() {
    }

    static boolean mentions(String sql, String identifier) {
        if (sql == null) {
            return false;
        }
        boolean[] found = {false};
        rewrite(sql, identifier, original -> {
            found[0] = true;
            return original;
        });
        return found[0];
    }

    /** The text with every mention of {@code from} replaced by {@code quotedTo}. */
    static String rename(String sql, String from, String quotedTo) {
        return sql == null ? null : rewrite(sql, from, original -> quotedTo);
    }

    private static String rewrite(String sql, String identifier, UnaryOperator<String> replacement) {
        StringBuilder out = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int end;
            String name;
            if (c == '\'') {
                end = closing(sql, i, '\'');
                out.append(sql, i, end);
                i = end;
                continue;
            } else if (c == '"' || c == '`') {
                end = closing(sql, i, c);
                String body = sql.substring(i + 1, Math.max(i + 1, end - 1));
                name = body.replace(String.valueOf(c) + c, String.valueOf(c));
            } else if (c == '[') {
                int close = sql.indexOf(']', i);
                end = close < 0 ? n : close + 1;
                name = sql.substring(i + 1, Math.max(i + 1, end - 1));
            } else if (Character.isLetter(c) || c == '_' || c > 0x7f) {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$' || sql.charAt(end) > 0x7f)) {
                    end++;
                }
                name = sql.substring(i, end);
            } else {
                out.append(c);
                i++;
                continue;
            }
            String original = sql.substring(i, end);
            out.append(asciiEqualsIgnoreCase(name, identifier)
                    ? replacement.apply(original) : original);
            i = end;
        }
        return out.toString();
    }

    /** The index after the quote closing the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** SQLite folds only ASCII letters. */
    private static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && (x > 0x7f || y > 0x7f || Character.toLowerCase(x) != Character.toLowerCase(y))) {
                return false;
            }
        }
        return true;
    }
}
