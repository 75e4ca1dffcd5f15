package dev.strata.runtime.lint;

import dev.strata.core.script.SqlFlavor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A position in a statement's tokens, for the small recursive-descent grammars of the reader. */
final class Cursor {
    /** The statement does not have the shape the grammar expects. */
    static final class Mismatch extends RuntimeException {
        Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    final String sql;
    final SqlFlavor flavor;
    final List<Token> tokens;
    int at;

    Cursor(String sql, SqlFlavor flavor) {
        this(sql, flavor, SqlLexer.tokens(sql, flavor));
    }

    Cursor(String sql, SqlFlavor flavor, List<Token> tokens) {
        this.sql = sql;
        this.flavor = flavor;
        this.tokens = tokens;
    }

    boolean atEnd() {
        return at >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = at + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    /** True when the next tokens are these keywords. */
    boolean at(String... keywords) {
        for (int k = 0; k < keywords.length; k++) {
            Token t = peek(k);
            if (t == null || !t.is(keywords[k])) {
                return false;
            }
        }
        return true;
    }

    boolean atSymbol(String symbol) {
        Token t = peek();
        return t != null && t.isSymbol(symbol);
    }

    /** Consumes the keywords when they come next. */
    boolean accept(String... keywords) {
        if (at(keywords)) {
            at += keywords.length;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (atSymbol(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    void expect(String... keywords) {
        if (!accept(keywords)) {
            throw mismatch("expected " + String.join(" ", keywords));
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw mismatch("expected " + symbol);
        }
    }

    Token next() {
        if (atEnd()) {
            throw mismatch("unexpected end");
        }
        return tokens.get(at++);
    }

    Mismatch mismatch(String what) {
        Token t = peek();
        return new Mismatch(what + (t == null ? " at the end" : " near '" + t.text() + "'"));
    }

    /** A possibly qualified name ({@code a.b.c}), normalized. */
    String name() {
        List<Token> parts = new ArrayList<>();
        Token first = next();
        if (!first.isName()) {
            throw new Mismatch("expected a name near '" + first.text() + "'");
        }
        parts.add(first);
        while (atSymbol(".") && peek(1) != null && peek(1).isName()) {
            at++;
            parts.add(next());
        }
        return Names.qualified(parts, flavor);
    }

    /** Skips one balanced parenthesized group starting at the current '(' and returns its inner text. */
    String group() {
        Token open = next();
        if (!open.isSymbol("(")) {
            throw new Mismatch("expected ( near '" + open.text() + "'");
        }
        int depth = 1;
        while (!atEnd()) {
            Token t = next();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")") && --depth == 0) {
                return sql.substring(open.end(), t.start()).strip();
            }
        }
        throw new Mismatch("unbalanced parentheses");
    }

    /** The tokens of a parenthesized group, split at its top-level commas. */
    List<List<Token>> groupItems() {
        int start = at;
        group();
        return splitTopLevel(tokens.subList(start + 1, at - 1));
    }

    static List<List<Token>> splitTopLevel(List<Token> tokens) {
        List<List<Token>> items = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth == 0 && t.isSymbol(",")) {
                items.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            items.add(current);
        }
        return items;
    }

    /** The statement text of a token run. */
    String text(List<Token> run) {
        return run.isEmpty() ? "" : sql.substring(run.get(0).start(), run.get(run.size() - 1).end());
    }

    String keyword() {
        Token t = peek();
        return t == null ? "" : t.text().toUpperCase(Locale.ROOT);
    }
}
