package dev.strata.runtime.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SQLite's DDL split into tokens, each with its place in the text, so that an expression can be cut out
 * exactly as it was written. Knows string literals, the four identifier quotes ({@code "a"}, {@code `a`},
 * {@code [a]}, and {@code 'a'} where a name is expected), comments and parentheses; everything else is a
 * word or a single character.
 */
final class SqliteTokens {

    enum Kind { WORD, QUOTED, STRING, PUNCT }

    record Token(Kind kind, String text, int start, int end) {

        /** True for an unquoted word equal to {@code keyword}, ignoring case. */
        boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }

        /** The name this token spells, unquoted: {@code "a""b"} is {@code a"b}. */
        String name() {
            return switch (kind) {
                case WORD, PUNCT -> text;
                case STRING -> text.substring(1, text.length() - 1).replace("''", "'");
                case QUOTED -> unquote(text);
            };
        }

        private static String unquote(String quoted) {
            char open = quoted.charAt(0);
            String inner = quoted.substring(1, quoted.length() - 1);
            return switch (open) {
                case '"' -> inner.replace("\"\"", "\"");
                case '`' -> inner.replace("``", "`");
                default -> inner;
            };
        }
    }

    private SqliteTokens() {
    }

    static List<Token> tokenize(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = closing(sql, i, c);
                tokens.add(new Token(c == '\'' ? Kind.STRING : Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                tokens.add(new Token(Kind.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(start, i), start, i));
            } else {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    /** The index of the token closing the parenthesis at {@code open}, or the last token when unbalanced. */
    static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')') && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The token ranges {@code [from, to)} between top-level commas of the list from {@code from} to {@code to}. */
    static List<int[]> split(List<Token> tokens, int from, int to) {
        List<int[]> items = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token token = tokens.get(i);
            if (token.isPunct('(')) {
                depth++;
            } else if (token.isPunct(')')) {
                depth--;
            } else if (token.isPunct(',') && depth == 0) {
                items.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < to) {
            items.add(new int[] {start, to});
        }
        return items;
    }

    /** The text from the start of token {@code from} to the end of token {@code to - 1}, as written. */
    static String text(String sql, List<Token> tokens, int from, int to) {
        if (from >= to) {
            return "";
        }
        return sql.substring(tokens.get(from).start(), tokens.get(to - 1).end()).strip();
    }

    /** SQLite folds only ASCII letters when it compares names. */
    static String key(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 128 ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    static String upper(String word) {
        return word.toUpperCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80;
    }

    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
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
}
