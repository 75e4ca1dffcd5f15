package dev.strata.core.diff.expression;

import dev.strata.core.diff.expression.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an expression into tokens the way PostgreSQL's lexer does, closely enough to compare: string
 * literals (with {@code ''} and E-string escapes), quoted identifiers ({@code "…"} and MariaDB's backticks),
 * numbers, words, operators (a multi-character operator does not end in {@code +} or {@code -} unless it
 * contains one of {@code ~ ! @ # % ^ & | ` ?}), and comments, which are dropped.
 */
final class Lexer {
    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";
    private static final String SPECIAL_OPERATOR_CHARS = "~!@#%^&|`?";

    private final String text;
    private int pos;

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) {
        return new Lexer(text).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (pos >= text.length()) {
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaceAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("--", pos)) {
                int end = text.indexOf('\n', pos);
                pos = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", pos)) {
                int end = text.indexOf("*/", pos + 2);
                pos = end < 0 ? text.length() : end + 2;
            } else {
                return;
            }
        }
    }

    private Token next() {
        char c = text.charAt(pos);
        if (c == '\'') {
            return new Token(Kind.STRING, string(pos, false));
        }
        if ((c == 'e' || c == 'E') && pos + 1 < text.length() && text.charAt(pos + 1) == '\'') {
            return new Token(Kind.STRING, "e" + string(pos + 1, true));
        }
        if (c == '"' || c == '`') {
            return quoted(c);
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '$')) {
                pos++;
            }
            return new Token(Kind.WORD, text.substring(start, pos).toLowerCase(Locale.ROOT));
        }
        if (c == ':' && text.startsWith("::", pos)) {
            pos += 2;
            return new Token(Kind.CAST, "::");
        }
        if (OPERATOR_CHARS.indexOf(c) >= 0) {
            return operator();
        }
        pos++;
        return switch (c) {
            case '(' -> new Token(Kind.LPAREN, "(");
            case ')' -> new Token(Kind.RPAREN, ")");
            case '[' -> new Token(Kind.LBRACKET, "[");
            case ']' -> new Token(Kind.RBRACKET, "]");
            case ',' -> new Token(Kind.COMMA, ",");
            case '.' -> new Token(Kind.DOT, ".");
            default -> new Token(Kind.OTHER, String.valueOf(c));
        };
    }

    /** A string literal starting at {@code quote}, returned with its quotes; adjacent literals are not joined. */
    private String string(int quote, boolean backslashEscapes) {
        int i = quote + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    break;
                }
            } else {
                i++;
            }
        }
        int end = Math.min(i + 1, text.length());
        String literal = text.substring(quote, end);
        pos = end;
        return literal;
    }

    private Token quoted(char quote) {
        StringBuilder name = new StringBuilder();
        int i = pos + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    name.append(quote);
                    i += 2;
                    continue;
                }
                break;
            }
            name.append(c);
            i++;
        }
        pos = Math.min(i + 1, text.length());
        String value = name.toString();
        return value.matches("[a-z_][a-z0-9_$]*") ? new Token(Kind.WORD, value) : new Token(Kind.QUOTED, value);
    }

    private Token number() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.' && !text.startsWith("..", pos)) {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int save = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return new Token(Kind.NUMBER, text.substring(start, pos));
    }

    private Token operator() {
        int start = pos;
        while (pos < text.length() && OPERATOR_CHARS.indexOf(text.charAt(pos)) >= 0
                && !(pos > start && (text.startsWith("--", pos) || text.startsWith("/*", pos)))) {
            pos++;
        }
        String op = text.substring(start, pos);
        boolean special = op.chars().anyMatch(ch -> SPECIAL_OPERATOR_CHARS.indexOf(ch) >= 0);
        while (op.length() > 1 && !special && (op.endsWith("+") || op.endsWith("-"))) {
            op = op.substring(0, op.length() - 1);
        }
        pos = start + op.length();
        return new Token(Kind.OPERATOR, op.equals("!=") ? "<>" : op);
    }
}
