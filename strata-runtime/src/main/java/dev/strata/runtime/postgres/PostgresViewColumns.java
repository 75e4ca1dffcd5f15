package dev.strata.runtime.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names of a view's columns, read from its defining query: the items of the outermost {@code SELECT} list,
 * each named by its {@code AS} alias or, for a plain column reference ({@code p.id}), by the column. That is how
 * PostgreSQL spells a view it reports ({@code pg_get_viewdef} writes {@code AS} on every item that needs it and
 * expands {@code *}), so an inspected definition is always read; hand-written text may not be. When an item is
 * anything else ({@code *}, an expression without alias, a query that is not a plain {@code SELECT}), the names
 * are not known and {@link #of} returns null.
 */
final class PostgresViewColumns {
    /** Keywords that end the SELECT list when met outside parentheses. */
    private static final Set<String> END_OF_LIST = Set.of("from", "into", "where", "group", "having", "window", "union",
            "intersect", "except", "order", "limit", "offset", "fetch", "for");

    private PostgresViewColumns() {
    }

    private enum Kind { WORD, QUOTED, STRING, NUMBER, OPEN, CLOSE, COMMA, DOT, STAR, SEMICOLON, OTHER }

    private record Token(Kind kind, String text) {
        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isName() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** An identifier as PostgreSQL keeps it: unquoted folded to lower case, quoted as it is. */
        String name() {
            return kind == Kind.QUOTED ? text : text.toLowerCase(Locale.ROOT);
        }
    }

    /** The view's column names in order, or null when the definition does not say them plainly. */
    static List<String> of(String definition) {
        List<Token> tokens = tokens(definition);
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        int at = mainSelect(tokens);
        if (at < 0) {
            return null;
        }
        at++;
        if (at < tokens.size() && tokens.get(at).isWord("all")) {
            at++;
        } else if (at < tokens.size() && tokens.get(at).isWord("distinct")) {
            at++;
            if (at < tokens.size() && tokens.get(at).isWord("on")) {
                at = skipGroup(tokens, at + 1);
                if (at < 0) {
                    return null;
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<Token> item = new ArrayList<>();
        int depth = 0;
        for (; at < tokens.size(); at++) {
            Token token = tokens.get(at);
            if (depth == 0 && (token.kind() == Kind.SEMICOLON || endsList(tokens, at))) {
                break;
            }
            if (token.kind() == Kind.OPEN) {
                depth++;
            } else if (token.kind() == Kind.CLOSE) {
                depth--;
            }
            if (depth == 0 && token.kind() == Kind.COMMA) {
                String name = name(item);
                if (name == null) {
                    return null;
                }
                names.add(name);
                item.clear();
            } else {
                item.add(token);
            }
        }
        String last = name(item);
        if (last == null) {
            return null;
        }
        names.add(last);
        return names;
    }

    /** Whether the token is a keyword that ends the list ({@code FROM}, but not that of {@code IS DISTINCT FROM}). */
    private static boolean endsList(List<Token> tokens, int at) {
        Token token = tokens.get(at);
        if (token.kind() != Kind.WORD || !END_OF_LIST.contains(token.text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !(token.isWord("from") && at > 0 && tokens.get(at - 1).isWord("distinct"));
    }

    /** The index of the outermost SELECT: the first token, or the first one outside parentheses after a WITH. */
    private static int mainSelect(List<Token> tokens) {
        if (tokens.get(0).isWord("select")) {
            return 0;
        }
        if (!tokens.get(0).isWord("with")) {
            return -1;
        }
        int depth = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == Kind.OPEN) {
                depth++;
            } else if (token.kind() == Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && token.isWord("select")) {
                // "AS (" … ")" then a comma or the main query: a parenthesized main query is not read
                return tokens.get(i - 1).kind() == Kind.CLOSE ? i : -1;
            }
        }
        return -1;
    }

    /** The index after the parenthesized group starting at {@code at}, or -1. */
    private static int skipGroup(List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).kind() != Kind.OPEN) {
            return -1;
        }
        int depth = 0;
        for (int i = at; i < tokens.size(); i++) {
            if (tokens.get(i).kind() == Kind.OPEN) {
                depth++;
            } else if (tokens.get(i).kind() == Kind.CLOSE && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The name of one item: {@code … AS name}, or the last part of a column reference {@code a.b.c}; else null. */
    private static String name(List<Token> item) {
        int size = item.size();
        if (size >= 3 && item.get(size - 2).isWord("as") && item.get(size - 1).isName()) {
            return item.get(size - 1).name();
        }
        if (size == 0 || size % 2 == 0) {
            return null;
        }
        for (int i = 0; i < size; i++) {
            Token token = item.get(i);
            boolean ok = i % 2 == 0 ? token.isName() : token.kind() == Kind.DOT;
            if (!ok) {
                return null;
            }
        }
        Token column = item.get(size - 1);
        if (size == 1 && column.kind() == Kind.WORD && Set.of("true", "false", "null").contains(column.name())) {
            return null;
        }
        return column.name();
    }

    /** The tokens of the text, without spaces and comments; null when it cannot be read (an unclosed quote). */
    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int end = text.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (c == '\'' || ((c == 'E' || c == 'e') && i + 1 < n && text.charAt(i + 1) == '\'')) {
                int end = quoted(text, c == '\'' ? i : i + 1, '\'', c != '\'');
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(Kind.STRING, text.substring(i, end)));
                i = end;
            } else if (c == '"') {
                int end = quoted(text, i, '"', false);
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(Kind.QUOTED, text.substring(i + 1, end - 1).replace("\"\"", "\"")));
                i = end;
            } else if (c == '$' && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int end = text.indexOf(tag, i + tag.length());
                if (end < 0) {
                    return null;
                }
                tokens.add(new Token(Kind.STRING, text.substring(i, end + tag.length())));
                i = end + tag.length();
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_' || text.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end)));
                i = end;
            } else {
                Kind kind = switch (c) {
                    case '(', '[' -> Kind.OPEN;
                    case ')', ']' -> Kind.CLOSE;
                    case ',' -> Kind.COMMA;
                    case '.' -> Kind.DOT;
                    case '*' -> Kind.STAR;
                    case ';' -> Kind.SEMICOLON;
                    default -> Kind.OTHER;
                };
                tokens.add(new Token(kind, String.valueOf(c)));
                i++;
            }
        }
        return tokens;
    }

    /**
     * The index after a quoted text starting at {@code start} (a doubled quote is one quote, and in an
     * {@code E'…'} string a backslash escapes the next character), or -1 if unclosed.
     */
    private static int quoted(String text, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < text.length()) {
            if (backslashEscapes && text.charAt(i) == '\\') {
                i += 2;
                continue;
            }
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** {@code $tag$} starting at {@code at}, or null. */
    private static String dollarTag(String text, int at) {
        int i = at + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '$' && (i == at + 1 || !Character.isDigit(text.charAt(at + 1)))) {
            return text.substring(at, i + 1);
        }
        return null;
    }
}
