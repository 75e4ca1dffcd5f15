package dev.strata.runtime.lint;

import java.util.Locale;

/**
 * One lexical token of a statement.
 *
 * @param kind  what it is
 * @param text  the token exactly as written (quotes included)
 * @param start offset of its first character in the statement
 * @param end   offset after its last character
 */
record Token(Kind kind, String text, int start, int end) {
    enum Kind { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** True for an unquoted word equal to keyword, ignoring case. */
    boolean is(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
