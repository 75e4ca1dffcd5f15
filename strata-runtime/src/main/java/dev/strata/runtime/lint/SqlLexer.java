package dev.strata.runtime.lint;

import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one statement into tokens by the lexical rules of its dialect: string literals ('' doubling;
 * backslash escapes on MariaDB and in PostgreSQL E'' strings), dollar quoting, quoted identifiers ("…" on
 * PostgreSQL and SQLite, `…` on MariaDB and SQLite, […] on SQLite), and comments (--, /* *&#47; nested on
 * PostgreSQL, # on MariaDB), which are dropped. An unterminated quote ends at the end of the text.
 */
final class SqlLexer {
    private final String sql;
    private final SqlFlavor flavor;
    private int pos;

    private SqlLexer(String sql, SqlFlavor flavor) {
        this.sql = sql;
        this.flavor = flavor;
    }

    static List<Token> tokens(String sql, SqlFlavor flavor) {
        return new SqlLexer(sql, flavor).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= sql.length()) {
                return tokens;
            }
            int start = pos;
            char c = sql.charAt(pos);
            Token.Kind kind;
            if (c == '\'') {
                quoted('\'', flavor == SqlFlavor.MARIADB);
                kind = Token.Kind.STRING;
            } else if ((c == 'E' || c == 'e') && flavor == SqlFlavor.POSTGRES && peek(1) == '\'') {
                pos++;
                quoted('\'', true);
                kind = Token.Kind.STRING;
            } else if (c == '"') {
                quoted('"', flavor == SqlFlavor.MARIADB);
                kind = flavor == SqlFlavor.MARIADB ? Token.Kind.STRING : Token.Kind.QUOTED;
            } else if (c == '`' && flavor != SqlFlavor.POSTGRES) {
                quoted('`', false);
                kind = Token.Kind.QUOTED;
            } else if (c == '[' && flavor == SqlFlavor.SQLITE) {
                int close = sql.indexOf(']', pos + 1);
                pos = close < 0 ? sql.length() : close + 1;
                kind = Token.Kind.QUOTED;
            } else if (c == '$' && flavor == SqlFlavor.POSTGRES && dollarQuote()) {
                kind = Token.Kind.STRING;
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) {
                number();
                kind = Token.Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_' || (c == '$' && flavor != SqlFlavor.POSTGRES)) {
                while (pos < sql.length() && isWordChar(sql.charAt(pos))) {
                    pos++;
                }
                kind = Token.Kind.WORD;
            } else {
                symbol();
                kind = Token.Kind.SYMBOL;
            }
            tokens.add(new Token(kind, sql.substring(start, pos), start, pos));
        }
    }

    private boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private char peek(int ahead) {
        int at = pos + ahead;
        return at < sql.length() ? sql.charAt(at) : '\0';
    }

    private void skipSpaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '-' && peek(1) == '-' || c == '#' && flavor == SqlFlavor.MARIADB) {
                int newline = sql.indexOf('\n', pos);
                pos = newline < 0 ? sql.length() : newline + 1;
            } else if (c == '/' && peek(1) == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int depth = 0;
        while (pos < sql.length()) {
            if (sql.startsWith("/*", pos)) {
                depth = flavor == SqlFlavor.POSTGRES ? depth + 1 : 1;
                pos += 2;
            } else if (sql.startsWith("*/", pos)) {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                pos++;
            }
        }
    }

    /** From the opening quote at pos to after the closing one; a doubled quote is a quote. */
    private void quoted(char quote, boolean backslashEscapes) {
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\') {
                pos += 2;
            } else if (c == quote) {
                if (peek(1) == quote) {
                    pos += 2;
                } else {
                    pos++;
                    return;
                }
            } else {
                pos++;
            }
        }
        pos = sql.length();
    }

    /** $tag$ … $tag$ at pos: true and past it; false (pos unchanged) when this $ starts no dollar quote. */
    private boolean dollarQuote() {
        int close = pos + 1;
        while (close < sql.length() && (Character.isLetterOrDigit(sql.charAt(close)) || sql.charAt(close) == '_')) {
            close++;
        }
        if (close >= sql.length() || sql.charAt(close) != '$' || (close > pos + 1 && Character.isDigit(sql.charAt(pos + 1)))) {
            return false;
        }
        String tag = sql.substring(pos, close + 1);
        int end = sql.indexOf(tag, close + 1);
        pos = end < 0 ? sql.length() : end + tag.length();
        return true;
    }

    private void number() {
        while (pos < sql.length() && (Character.isLetterOrDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            char c = sql.charAt(pos);
            if ((c == 'e' || c == 'E') && (peek(1) == '+' || peek(1) == '-')) {
                pos++;
            }
            pos++;
        }
    }

    private void symbol() {
        for (String op : new String[]{"::", "<=", ">=", "<>", "!=", "||", "->>", "->", "=>"}) {
            if (sql.startsWith(op, pos)) {
                pos += op.length();
                return;
            }
        }
        pos++;
    }
}
