package dev.strata.core.diff.expression;

/** One lexical token of a SQL expression. Words are lower-cased; quoted identifiers keep their case. */
record Token(Kind kind, String text) {
    enum Kind { WORD, QUOTED, STRING, NUMBER, OPERATOR, CAST, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, OTHER }

    boolean is(Kind expected) {
        return kind == expected;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    boolean isOperator(String operator) {
        return kind == Kind.OPERATOR && text.equals(operator);
    }
}
